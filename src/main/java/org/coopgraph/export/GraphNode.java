package org.coopgraph.export;

import java.util.List;
import java.util.SortedMap;

/**
 * A node as the exporters see it: an entity or a release, its labels (sorted) and its properties
 * (sorted by name, as the driver returns them: String, Long, Double, Boolean, lists, temporals).
 */
public record GraphNode(String id, List<String> labels, SortedMap<String, Object> properties) {

    public static final String RELEASE_LABEL = "Release";

    public boolean isRelease() {
        return labels.contains(RELEASE_LABEL);
    }

    /** The name to show: an entity's name, a release's title. */
    public String displayName() {
        Object name = properties.get(isRelease() ? "title" : "name");
        return name == null ? id : name.toString();
    }

    /** The entity's type property; "Release" for a release. */
    public String type() {
        if (isRelease()) {
            return RELEASE_LABEL;
        }
        Object t = properties.get("type");
        return t == null ? null : t.toString();
    }

    public Object get(String property) {
        return properties.get(property);
    }
}
