package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every supporter x supported centre (or organisation) pair, filterable by supporter kind and date. */
public final class SupportMatrix {

    public record Link(String relation, Map<String, Object> properties, String since, String until,
                       Double confidence, List<Source> sources) {
    }

    public record Pair(EntityRef supporter, String supporterKind, EntityRef supported, List<Link> links) {
    }

    public record Answer(String kind, String asOf, List<Pair> pairs, String nextCursor) {
    }

    static final Statement STATEMENT = Cypher.match(EntityNode.ORGANISATION.named("s")
                    .relationshipTo(EntityNode.ORGANISATION.named("c"), "SUPPORTS", "PROVIDES_EXPERTS_TO").named("r"))
            .where(Cypher.raw("($kind IS NULL OR s.kind = $kind) AND ($asOf IS NULL OR ("
                    + Cyphers.holdsAsOf("r") + "))").asCondition())
            .with(Cypher.name("s"), Cypher.name("c"), Cypher.raw("collect({relation: type(r), properties: r {.kind}, "
                    + "since: r.since, until: r.until, confidence: r.confidence, sources: $E})", Cyphers.sources("r"))
                    .as("links"))
            .returning(Cypher.raw("{supporter: {id: s.id, type: s.type, name: s.name}, supporterKind: s.kind, "
                    + "supported: {id: c.id, type: c.type, name: c.name}, links: links}").as("pair"))
            .orderBy(Cypher.raw("s.name").ascending(), Cypher.raw("s.id").ascending(), Cypher.raw("c.name").ascending(),
                    Cypher.raw("c.id").ascending())
            .skip(Cypher.parameter("skip"))
            .limit(Cypher.parameter("limit"))
            .build();

    private final Graph graph;

    public SupportMatrix(Graph graph) {
        this.graph = graph;
    }

    public Answer list(String kind, String asOf, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("asOf", asOf);
        params.put("skip", offset);
        params.put("limit", limit + 1);
        List<Pair> pairs = Cyphers.read(graph, STATEMENT, params, r -> toPair(r.get("pair")), "filter by kind");
        boolean more = pairs.size() > limit;
        return new Answer(kind, asOf, more ? pairs.subList(0, limit) : pairs, more ? String.valueOf(offset + limit) : null);
    }

    private static Pair toPair(Value v) {
        return new Pair(EntityRef.of(v.get("supporter")), v.get("supporterKind").asString(null),
                EntityRef.of(v.get("supported")), v.get("links").asList(l -> new Link(l.get("relation").asString(),
                Values.compact(l.get("properties")), l.get("since").asString(null), l.get("until").asString(null),
                Values.doubleOrNull(l.get("confidence")), Source.list(l.get("sources")))));
    }
}
