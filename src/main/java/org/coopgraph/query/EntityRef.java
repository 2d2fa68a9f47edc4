package org.coopgraph.query;

import org.neo4j.driver.Value;

/** Enough of an entity to name it and link to it. */
public record EntityRef(String id, String type, String name) {

    static EntityRef of(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new EntityRef(v.get("id").asString(null), v.get("type").asString(null), v.get("name").asString(null));
    }
}
