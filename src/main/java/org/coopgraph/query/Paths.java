package org.coopgraph.query;

import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What connects two entities: the shortest path and up to {@code limit} alternatives (Neo4j's
 * {@code SHORTEST k}), in either direction, optionally only through some relations; every hop
 * carries its sources.
 */
public final class Paths {

    /** One hop; {@code direction} is forward when the fact points from {@code from} to {@code to}. */
    public record Hop(String from, String to, String relation, String direction, Map<String, Object> properties,
                      String since, String until, Double confidence, List<Source> sources) {
    }

    public record Path(int length, List<EntityRef> nodes, List<Hop> hops) {
    }

    public record Answer(EntityRef from, EntityRef to, int maxHops, List<String> relations, List<Path> paths) {
    }

    public static final int DEFAULT_MAX_HOPS = 4;
    public static final int MAX_HOPS = 6;
    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 25;

    private final Graph graph;

    public Paths(Graph graph) {
        this.graph = graph;
    }

    public Answer between(String fromId, String toId, int maxHops, List<Relation> relations, int limit) {
        EntityRef from = Lookups.entity(graph, fromId);
        EntityRef to = Lookups.entity(graph, toId);
        List<Relation> through = relations.isEmpty() ? List.of(Relation.values()) : relations;
        if (fromId.equals(toId)) {
            throw new BadParameterException("to", "'from' and 'to' are the same entity");
        }
        List<Path> paths = Cyphers.read(graph, statement(maxHops, through, limit), Map.of("from", fromId, "to", toId),
                r -> toPath(r.get("path")), "lower maxHops or restrict relations");
        return new Answer(from, to, maxHops, through.stream().map(Enum::name).toList(), paths);
    }

    /**
     * The bounds and relation types are rendered into the statement: they come from validated
     * integers and the Relation enum, never from raw input; the ids are parameters.
     */
    public static Statement statement(int maxHops, List<Relation> relations, int limit) {
        EntityNode a = EntityNode.ENTITY.named("a");
        EntityNode b = EntityNode.ENTITY.named("b");
        String[] types = relations.stream().map(Enum::name).toArray(String[]::new);
        var pattern = a.withProperties(a.ID, Cypher.parameter("from"))
                .relationshipBetween(b.withProperties(b.ID, Cypher.parameter("to")), types)
                .length(1, maxHops);
        String hop = "{from: n[i].id, to: n[i + 1].id, relation: type(r[i]), "
                + "direction: CASE WHEN startNode(r[i]) = n[i] THEN 'forward' ELSE 'backward' END, "
                + "properties: {title: r[i].title, kind: r[i].kind, scope: r[i].scope, role: r[i].role}, since: r[i].since, until: r[i].until, "
                + "confidence: r[i].confidence, sources: $E}";
        return Cypher.match(Cypher.shortestK(limit).named("p").definedBy(pattern))
                .with(Cypher.name("p"), Cypher.raw("nodes(p)").as("n"), Cypher.raw("relationships(p)").as("r"))
                .returning(Cypher.raw("{length: length(p), nodes: [x IN n | $E], hops: [i IN range(0, size(r) - 1) | "
                        + hop + "]}", Cyphers.ref("x"), Cyphers.sources("r[i]")).as("path"))
                .orderBy(Cypher.raw("length(p)").ascending(), Cypher.raw("[x IN n | x.id]").ascending())
                .build();
    }

    private static Path toPath(Value v) {
        List<Hop> hops = v.get("hops").asList(h -> {
            Map<String, Object> props = new LinkedHashMap<>();
            h.get("properties").asMap().forEach((k, val) -> {
                if (val != null) {
                    props.put(k, val);
                }
            });
            return new Hop(h.get("from").asString(), h.get("to").asString(), h.get("relation").asString(),
                    h.get("direction").asString(), props, h.get("since").asString(null), h.get("until").asString(null),
                    h.get("confidence").isNull() ? null : h.get("confidence").asDouble(), Source.list(h.get("sources")));
        });
        return new Path(v.get("length").asInt(), v.get("nodes").asList(EntityRef::of), hops);
    }
}
