package org.coopgraph.model;

import java.util.Map;

/**
 * One stated relation between two entities, with its evidence.
 *
 * @param since      when it became true: YYYY, YYYY-MM or YYYY-MM-DD, or null
 * @param until      when it stopped being true, same forms, or null
 * @param method     the rule or pattern id that produced it, or {@code curated}
 */
public record Fact(String subject, Relation relation, String object, Map<String, Object> properties,
                   String since, String until, double confidence, String method, Evidence evidence) {

    public Fact {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** The value that tells this fact apart from others of its relation between the same ends. */
    public String key() {
        String prop = relation.keyProperty();
        Object v = prop == null ? null : properties.get(prop);
        return v == null ? "" : v.toString();
    }
}
