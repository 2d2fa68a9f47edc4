package org.coopgraph.model;

import java.util.List;

/** What one release asserts: the shape of the dry-run output and of a curated bundle. */
public record Extraction(ReleaseMeta release, List<Entity> entities, List<Fact> facts) {

    public Extraction {
        entities = entities == null ? List.of() : List.copyOf(entities);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
