package org.coopgraph.query;

import org.coopgraph.store.Graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that an id names an entity of the expected type, so that unknown ids answer 404. */
final class Lookups {

    private Lookups() {
    }

    static EntityRef entity(Graph graph, String id) {
        return find(graph, id, null, "no entity with id '" + id + "'");
    }

    static EntityRef organisation(Graph graph, String id) {
        return find(graph, id, "Organisation", "no organisation or centre with id '" + id + "'");
    }

    /** Checks that a release exists (404 otherwise). */
    static void release(Graph graph, String id) {
        boolean exists = graph.read(tx -> tx.run("MATCH (r:Release {id: $id}) RETURN r.id", Map.of("id", id)).hasNext());
        if (!exists) {
            throw new NotFoundException("no release with id '" + id + "'");
        }
    }

    static EntityRef typed(Graph graph, String id, String label, String notFound) {
        return find(graph, id, label, notFound);
    }

    private static EntityRef find(Graph graph, String id, String label, String notFound) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("label", label);
        List<EntityRef> found = graph.read(tx -> tx.run("""
                MATCH (n:Entity {id: $id}) WHERE $label IS NULL OR $label IN labels(n)
                RETURN {id: n.id, type: n.type, name: n.name} AS n""", params).list(r -> EntityRef.of(r.get("n"))));
        if (found.isEmpty()) {
            throw new NotFoundException(notFound);
        }
        return found.get(0);
    }
}
