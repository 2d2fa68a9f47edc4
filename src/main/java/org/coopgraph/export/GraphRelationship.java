package org.coopgraph.export;

import java.util.SortedMap;

/**
 * A relationship as the exporters see it: a fact between two entities, or a release's MENTIONS
 * of an entity. The names of both ends come along for the exports that show them.
 */
public record GraphRelationship(String start, String type, String end, SortedMap<String, Object> properties,
                                String startName, String endName) {

    public static final String MENTIONS = "MENTIONS";

    /** The fact's {@code key} property ("" when it has none, as for MENTIONS). */
    public String key() {
        Object k = properties.get("key");
        return k == null ? "" : k.toString();
    }

    /** A stable id: {@code start|TYPE|key|end}, the key left out when empty (as the API's edge ids). */
    public String id() {
        String key = key();
        return start + "|" + type + (key.isEmpty() ? "" : "|" + key) + "|" + end;
    }

    public Object get(String property) {
        return properties.get(property);
    }
}
