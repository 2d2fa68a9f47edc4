package org.coopgraph.query;

import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts themselves with their provenance, paged: optionally of one relation, from one source
 * release, above a confidence, and true at some point within [since, until].
 */
public final class Facts {

    public record Request(Relation relation, String source, String since, String until, Double minConfidence,
                          int limit, int offset) {
    }

    public record FactRow(EntityRef subject, String relation, EntityRef object, Map<String, Object> properties,
                          String since, String until, Double confidence, String method, String firstSeen,
                          String lastSeen, List<Source> sources) {
    }

    public record Answer(List<FactRow> facts, String nextCursor) {
    }

    private static final String FILTER = "($source IS NULL OR $source IN r.sources) "
            + "AND ($minConfidence IS NULL OR r.confidence >= $minConfidence) "
            + "AND ($until IS NULL OR r.since IS NULL OR r.since <= $until) "
            + "AND ($since IS NULL OR r.until IS NULL OR r.until >= $since)";

    private final Graph graph;

    public Facts(Graph graph) {
        this.graph = graph;
    }

    public Answer list(Request q) {
        Map<String, Object> params = new HashMap<>();
        params.put("source", q.source());
        params.put("since", q.since());
        params.put("until", q.until());
        params.put("minConfidence", q.minConfidence());
        params.put("skip", q.offset());
        params.put("limit", q.limit() + 1);
        if (q.source() != null) {
            Lookups.release(graph, q.source());
        }
        List<FactRow> rows = Cyphers.read(graph, statement(q.relation(), q.source() != null), params,
                r -> toRow(r.get("fact")), "filter by relation or source");
        boolean more = rows.size() > q.limit();
        return new Answer(more ? rows.subList(0, q.limit()) : rows, more ? String.valueOf(q.offset() + q.limit()) : null);
    }

    /**
     * With a source, the facts are found from the release's mentions rather than by scanning every
     * relationship; the relation type, when given, comes from the enum.
     */
    public static Statement statement(Relation relation, boolean bySource) {
        EntityNode a = EntityNode.ENTITY.named("a");
        EntityNode b = EntityNode.ENTITY.named("b");
        var rel = relation == null ? a.relationshipTo(b).named("r") : a.relationshipTo(b, relation.name()).named("r");
        var match = bySource
                ? Cypher.match(Cypher.node("Release").named("x").withProperties("id", Cypher.parameter("source"))
                        .relationshipTo(a, "MENTIONS")).match(rel)
                : Cypher.match(rel);
        return match.where(Cypher.raw(FILTER).asCondition())
                .returning(Cypher.raw("{subject: {id: a.id, type: a.type, name: a.name}, relation: type(r), "
                        + "object: {id: b.id, type: b.type, name: b.name}, properties: r {.title, .kind, .scope, .role}, "
                        + "since: r.since, until: r.until, confidence: r.confidence, method: r.method, "
                        + "firstSeen: r.firstSeen, lastSeen: r.lastSeen, sources: $E}", Cyphers.sources("r")).as("fact"))
                .orderBy(Cypher.raw("a.id").ascending(), Cypher.raw("type(r)").ascending(), Cypher.raw("b.id").ascending(),
                        Cypher.raw("r.key").ascending())
                .skip(Cypher.parameter("skip"))
                .limit(Cypher.parameter("limit"))
                .build();
    }

    private static FactRow toRow(Value v) {
        return new FactRow(EntityRef.of(v.get("subject")), v.get("relation").asString(), EntityRef.of(v.get("object")),
                Values.compact(v.get("properties")), v.get("since").asString(null), v.get("until").asString(null),
                Values.doubleOrNull(v.get("confidence")), v.get("method").asString(null),
                v.get("firstSeen").asString(null), v.get("lastSeen").asString(null), Source.list(v.get("sources")));
    }
}
