package org.coopgraph.ingest.extract;

import org.coopgraph.model.EntityType;

/**
 * A resolved mention inside a sentence. {@code object} marks a span after a preposition
 * ("to INTERPOL", "au CMII"); {@code possessive} one followed by "'s".
 */
record Span(int start, int end, String id, EntityType type, String kind, String surface, boolean object,
            boolean possessive, boolean honorific) {

    boolean isOrg() {
        return type == EntityType.Organisation || type == EntityType.Centre;
    }

    boolean isPlace() {
        return type == EntityType.City || type == EntityType.Country;
    }
}
