package org.coopgraph.query;

import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes and edges around an entity, shaped as Cytoscape.js elements. Edges come a page at a
 * time in a fixed order, with counts per relation and direction so that a client can show a hub
 * (INTERPOL and its ~200 members) collapsed and expand it on demand.
 */
public final class Neighbourhood {

    /** Filters and paging; null or empty filters mean everything. Dates are YYYY[-MM[-DD]]. */
    public record Request(String id, int depth, List<EntityType> types, List<Relation> relations, String from,
                          String to, int limit, int offset) {
    }

    public record NodeData(String id, String label, String type, String kind, String country) {
    }

    public record EdgeData(String id, String source, String target, String relation, Map<String, Object> properties,
                           String since, String until, Double confidence, List<Source> sources) {
    }

    public record Node(NodeData data) {
    }

    public record Edge(EdgeData data) {
    }

    public record Elements(List<Node> nodes, List<Edge> edges) {
    }

    /** How many facts of one relation and direction the centre has under the filters. */
    public record Count(String relation, String direction, long count) {
    }

    public record Answer(EntityRef center, int depth, Elements elements, List<Count> counts, long total,
                         String nextCursor) {
    }

    static final Statement COUNTS = counts();
    static final Statement PAGE = page();
    static final Statement SECOND_RING = secondRing();

    private static final String FILTER = "($relations IS NULL OR type(r) IN $relations) "
            + "AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types)) "
            + "AND ($to IS NULL OR r.since IS NULL OR r.since <= $to) "
            + "AND ($from IS NULL OR r.until IS NULL OR r.until >= $from)";

    private final Graph graph;

    public Neighbourhood(Graph graph) {
        this.graph = graph;
    }

    public Answer around(Request q) {
        EntityRef center = Lookups.entity(graph, q.id());
        Map<String, Object> params = new HashMap<>();
        params.put("id", q.id());
        params.put("relations", q.relations().isEmpty() ? null : q.relations().stream().map(Enum::name).toList());
        params.put("types", q.types().isEmpty() ? null : q.types().stream().map(EntityType::primaryLabel).toList());
        params.put("from", q.from());
        params.put("to", q.to());
        params.put("skip", q.offset());
        params.put("limit", q.limit() + 1);
        List<Count> counts = Cyphers.read(graph, COUNTS, params, r -> new Count(r.get("relation").asString(),
                r.get("direction").asString(), r.get("count").asLong()), "filter by relation or type");
        long total = counts.stream().mapToLong(Count::count).sum();
        List<Row> rows = Cyphers.read(graph, PAGE, params, Neighbourhood::toRow, "lower limit");
        boolean more = rows.size() > q.limit();
        if (more) {
            rows = rows.subList(0, q.limit());
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        nodes.put(center.id(), node(graph, q.id()));
        List<String> ring = new ArrayList<>();
        for (Row row : rows) {
            nodes.putIfAbsent(row.node().data().id(), row.node());
            edges.putIfAbsent(row.edge().data().id(), row.edge());
            ring.add(row.node().data().id());
        }
        if (q.depth() == 2 && !ring.isEmpty()) {
            params.put("ring", ring);
            params.put("limit", q.limit());
            for (Row row : Cyphers.read(graph, SECOND_RING, params, Neighbourhood::toRow, "use depth=1")) {
                nodes.putIfAbsent(row.node().data().id(), row.node());
                edges.putIfAbsent(row.edge().data().id(), row.edge());
            }
        }
        String next = more ? String.valueOf(q.offset() + q.limit()) : null;
        return new Answer(center, q.depth(), new Elements(List.copyOf(nodes.values()), List.copyOf(edges.values())),
                counts, total, next);
    }

    private Node node(Graph graph, String id) {
        return Cyphers.read(graph, Cypher.match(EntityNode.ENTITY.named("m").withProperties("id", Cypher.parameter("id")))
                        .returning(Cypher.raw("m {.id, .name, .type, .kind, .country}").as("node")).build(),
                Map.of("id", id), r -> toNode(r.get("node")), "").get(0);
    }

    private static Statement counts() {
        return Cypher.match(EntityNode.ENTITY.named("c").withProperties("id", Cypher.parameter("id"))
                        .relationshipBetween(EntityNode.ENTITY.named("m")).named("r"))
                .where(Cypher.raw(FILTER).asCondition())
                .returning(Cypher.raw("type(r)").as("relation"),
                        Cypher.raw("CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END").as("direction"),
                        Cypher.raw("count(*)").as("count"))
                .orderBy(Cypher.name("relation").ascending(), Cypher.name("direction").ascending())
                .build();
    }

    private static final String ROW = "{node: m {.id, .name, .type, .kind, .country}, edge: {source: startNode(r).id, "
            + "target: endNode(r).id, relation: type(r), key: r.key, properties: r {.title, .kind, .scope, .role}, "
            + "since: r.since, until: r.until, confidence: r.confidence, sources: $E}}";

    private static Statement page() {
        return Cypher.match(EntityNode.ENTITY.named("c").withProperties("id", Cypher.parameter("id"))
                        .relationshipBetween(EntityNode.ENTITY.named("m")).named("r"))
                .where(Cypher.raw(FILTER).asCondition())
                .returning(Cypher.raw(ROW, Cyphers.sources("r")).as("row"))
                .orderBy(Cypher.raw("type(r)").ascending(), Cypher.raw("m.name").ascending(),
                        Cypher.raw("m.id").ascending(), Cypher.raw("r.key").ascending())
                .skip(Cypher.parameter("skip"))
                .limit(Cypher.parameter("limit"))
                .build();
    }

    /** Edges from the first ring outwards, not back to the centre, bounded by the same limit. */
    private static Statement secondRing() {
        return Cypher.match(EntityNode.ENTITY.named("n").relationshipBetween(EntityNode.ENTITY.named("m")).named("r"))
                .where(Cypher.raw("n.id IN $ring AND m.id <> $id AND " + FILTER).asCondition())
                .returning(Cypher.raw(ROW, Cyphers.sources("r")).as("row"))
                .orderBy(Cypher.raw("n.id").ascending(), Cypher.raw("type(r)").ascending(),
                        Cypher.raw("m.name").ascending(), Cypher.raw("m.id").ascending())
                .limit(Cypher.parameter("limit"))
                .build();
    }

    /** One neighbour and the fact that links it, mapped while the cited releases are at hand. */
    private record Row(Node node, Edge edge) {
    }

    private static Row toRow(org.neo4j.driver.Record r) {
        return new Row(toNode(r.get("row").get("node")), toEdge(r.get("row").get("edge")));
    }

    private static Node toNode(Value n) {
        return new Node(new NodeData(n.get("id").asString(), n.get("name").asString(null), n.get("type").asString(null),
                n.get("kind").asString(null), n.get("country").asString(null)));
    }

    private static Edge toEdge(Value e) {
        Map<String, Object> props = new LinkedHashMap<>();
        e.get("properties").asMap().forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        String source = e.get("source").asString();
        String target = e.get("target").asString();
        String relation = e.get("relation").asString();
        String key = e.get("key").asString("");
        String id = source + "|" + relation + (key.isEmpty() ? "" : "|" + key) + "|" + target;
        return new Edge(new EdgeData(id, source, target, relation, props, e.get("since").asString(null),
                e.get("until").asString(null), e.get("confidence").isNull() ? null : e.get("confidence").asDouble(),
                Source.list(e.get("sources"))));
    }
}
