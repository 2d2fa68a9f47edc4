package org.coopgraph.model;

/**
 * The fact vocabulary: each value is a Neo4j relationship type. Only these names ever reach a
 * Cypher statement as a type, so they are safe to render into query text.
 */
public enum Relation {
    /** Person to organisation; properties.title. */
    HOLDS_ROLE,
    PART_OF,
    LOCATED_IN,
    MEMBER_OF,
    /** properties.kind: technical, financial, expertise, equipment, operational, training... */
    SUPPORTS,
    PROVIDES_INTELLIGENCE_TO,
    /** properties.scope: "members" means every country MEMBER_OF the object. */
    DISSEMINATES_TO,
    COOPERATES_WITH,
    PROVIDES_TRAINING_TO,
    PROVIDES_EXPERTS_TO,
    /** Party (organisation or country) to an Agreement. */
    PARTY_TO,
    /** Person to an Agreement. */
    SIGNED,
    /** properties.role: speaker, host, participant, organiser... */
    PARTICIPATES_IN,
    HOSTS;

    /** Reads a relation from its name, case-insensitively; null when it is not one. */
    public static Relation parse(String name) {
        if (name == null) {
            return null;
        }
        for (Relation r : values()) {
            if (r.name().equalsIgnoreCase(name.trim())) {
                return r;
            }
        }
        return null;
    }

    /**
     * The property that tells two facts of this relation between the same ends apart, if any: a
     * person may hold several titles in one organisation. For the other relations one fact links
     * two entities, and properties such as a support's kind are attributes of it.
     */
    public String keyProperty() {
        return switch (this) {
            case HOLDS_ROLE -> "title";
            default -> null;
        };
    }
}
