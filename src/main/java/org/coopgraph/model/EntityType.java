package org.coopgraph.model;

import java.util.List;

/** The kinds of entity in the graph. Each maps to Neo4j labels; every entity also carries {@code Entity}. */
public enum EntityType {
    Organisation(List.of("Organisation")),
    /** A centre, lab, directorate or unit: also an Organisation. */
    Centre(List.of("Organisation", "Centre")),
    Person(List.of("Person")),
    Country(List.of("Country")),
    City(List.of("City")),
    Event(List.of("Event")),
    Agreement(List.of("Agreement"));

    /** The label every entity node carries, so that one uniqueness constraint covers all ids. */
    public static final String ENTITY_LABEL = "Entity";

    private final List<String> labels;

    EntityType(List<String> labels) {
        this.labels = labels;
    }

    /** The Neo4j labels of this type, without {@link #ENTITY_LABEL}. */
    public List<String> labels() {
        return labels;
    }

    /** The most specific label, which names the type in answers. */
    public String primaryLabel() {
        return labels.get(labels.size() - 1);
    }

    /** Reads a type from its name, case-insensitively; null when it is not one. */
    public static EntityType parse(String name) {
        if (name == null) {
            return null;
        }
        for (EntityType t : values()) {
            if (t.name().equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        return null;
    }
}
