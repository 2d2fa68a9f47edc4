package org.coopgraph.export;

import org.coopgraph.query.NotFoundException;
import org.coopgraph.store.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the graph a page at a time, each page in its own read transaction, so that an export of a
 * graph of millions of nodes never holds more than a page in memory (an {@code around} selection
 * holds its ids). The order is fixed: nodes by id; facts by start id, type, key, end id; mentions
 * by release id, entity id. Two reads of the same graph give the same sequence.
 *
 * <p>Pages are separate transactions: an export taken while releases are imported may see some of
 * them and not others.
 */
public final class GraphReader {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    private static final String ENTITY = "Entity";
    private static final String RELEASE = "Release";

    /**
     * Pages by id with a cursor, as an ordered seek of the id uniqueness index (no scan and sort
     * per page): {@code >=} '' for the first page, {@code >} the last id seen after it.
     */
    private static final String ID_PAGE = """
            MATCH (n:%s) WHERE n.id %s $after
            RETURN n.id AS id ORDER BY n.id LIMIT $limit""";

    private static final String NODE_PAGE = """
            MATCH (n:%s) WHERE n.id %s $after
            RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit""";

    private static final String NODES = """
            UNWIND $ids AS id
            MATCH (n:%s {id: id})
            RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
            ORDER BY id""";

    private static final String FACTS = """
            UNWIND $ids AS id
            MATCH (a:Entity {id: id})-[r]->(b:Entity)
            RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS props,
                   a.name AS startName, b.name AS endName
            ORDER BY start, type, coalesce(r.key, ''), end""";

    private static final String MENTIONS = """
            UNWIND $ids AS id
            MATCH (r:Release {id: id})-[:MENTIONS]->(e:Entity)
            RETURN r.id AS start, e.id AS end, r.title AS startName, e.name AS endName
            ORDER BY start, end""";

    private static final String NEIGHBOURS = """
            UNWIND $ids AS id
            MATCH (:Entity {id: id})--(m:Entity)
            RETURN DISTINCT m.id AS id""";

    private static final String MENTIONING = """
            UNWIND $ids AS id
            MATCH (r:Release)-[:MENTIONS]->(:Entity {id: id})
            RETURN DISTINCT r.id AS id""";

    private final Graph graph;
    private final int pageSize;

    public GraphReader(Graph graph) {
        this(graph, DEFAULT_PAGE_SIZE);
    }

    public GraphReader(Graph graph, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.graph = graph;
        this.pageSize = pageSize;
    }

    /**
     * What the options cover. Around an entity: every entity within {@code depth} fact hops (in
     * either direction), and, when {@code withReleases}, the releases that mention one of them.
     *
     * @throws NotFoundException when {@code around} names no entity
     */
    public Selection select(ExportOptions options, boolean withReleases) {
        if (options.around() == null) {
            return Selection.all();
        }
        if (!hasEntity(options.around())) {
            throw new NotFoundException("no entity with id '" + options.around() + "'");
        }
        NavigableSet<String> selected = new TreeSet<>();
        selected.add(options.around());
        List<String> frontier = List.of(options.around());
        for (int hop = 0; hop < options.depth() && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            for (List<String> chunk : chunks(frontier)) {
                for (String id : ids(NEIGHBOURS, chunk)) {
                    if (selected.add(id)) {
                        next.add(id);
                    }
                }
            }
            frontier = next;
        }
        NavigableSet<String> releases = new TreeSet<>();
        if (withReleases) {
            for (List<String> chunk : chunks(selected)) {
                releases.addAll(ids(MENTIONING, chunk));
            }
        }
        return Selection.of(selected, releases);
    }

    public boolean hasEntity(String id) {
        return graph.read(tx -> tx.run("MATCH (n:Entity {id: $id}) RETURN count(n) > 0 AS found",
                Map.of("id", id)).single().get("found").asBoolean());
    }

    /** The selected entities, in id order. */
    public void entities(Selection selection, Consumer<GraphNode> sink) {
        nodes(ENTITY, selection.entityIds(), sink);
    }

    /** The selected releases, in id order. */
    public void releases(Selection selection, Consumer<GraphNode> sink) {
        nodes(RELEASE, selection.releaseIds(), sink);
    }

    /** Facts (relationships between entities) whose two ends are selected, in a fixed order. */
    public void facts(Selection selection, Consumer<GraphRelationship> sink) {
        idPages(ENTITY, selection.entityIds(), page -> {
            for (GraphRelationship r : read(FACTS, page, GraphReader::fact)) {
                if (selection.includesEntity(r.end())) {
                    sink.accept(r);
                }
            }
        });
    }

    /** MENTIONS of selected entities by selected releases, by release id then entity id. */
    public void mentions(Selection selection, Consumer<GraphRelationship> sink) {
        idPages(RELEASE, selection.releaseIds(), page -> {
            for (GraphRelationship r : read(MENTIONS, page, GraphReader::mention)) {
                if (selection.includesEntity(r.end())) {
                    sink.accept(r);
                }
            }
        });
    }

    private void nodes(String label, NavigableSet<String> only, Consumer<GraphNode> sink) {
        if (only != null) {
            chunks(only).forEach(chunk -> read(NODES.formatted(label), chunk, GraphReader::node).forEach(sink));
        } else {
            cursor(NODE_PAGE, label, GraphReader::node, GraphNode::id, page -> page.forEach(sink));
        }
    }

    /** Pages of ids in order: from the given set, or from the label's id index. */
    private void idPages(String label, NavigableSet<String> only, Consumer<List<String>> work) {
        if (only != null) {
            chunks(only).forEach(work);
        } else {
            cursor(ID_PAGE, label, r -> r.get("id").asString(), id -> id, work);
        }
    }

    /** Runs a page query again and again, each time after the last id of the page before, until a short page. */
    private <T> void cursor(String template, String label, Function<Record, T> map, Function<T, String> idOf,
                            Consumer<List<T>> work) {
        String after = "";
        String op = ">=";
        while (true) {
            Map<String, Object> params = new HashMap<>();
            params.put("after", after);
            params.put("limit", pageSize);
            String cypher = template.formatted(label, op);
            List<T> page = graph.read(tx -> tx.run(cypher, params).list(map::apply));
            if (page.isEmpty()) {
                return;
            }
            work.accept(page);
            if (page.size() < pageSize) {
                return;
            }
            after = idOf.apply(page.get(page.size() - 1));
            op = ">";
        }
    }

    private static GraphNode node(Record r) {
        return new GraphNode(r.get("id").asString(), r.get("labels").asList(Value::asString).stream().sorted().toList(),
                sorted(r.get("props")));
    }

    private List<String> ids(String cypher, List<String> ids) {
        return read(cypher, ids, r -> r.get("id").asString());
    }

    private <T> List<T> read(String cypher, List<String> ids, Function<Record, T> map) {
        return graph.read(tx -> tx.run(cypher, Map.of("ids", ids)).list(map));
    }

    private static GraphRelationship fact(Record r) {
        return new GraphRelationship(r.get("start").asString(), r.get("type").asString(), r.get("end").asString(),
                sorted(r.get("props")), r.get("startName").asString(null), r.get("endName").asString(null));
    }

    private static GraphRelationship mention(Record r) {
        return new GraphRelationship(r.get("start").asString(), GraphRelationship.MENTIONS, r.get("end").asString(),
                Collections.emptySortedMap(), r.get("startName").asString(null), r.get("endName").asString(null));
    }

    private static SortedMap<String, Object> sorted(Value props) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(props.asMap()));
    }

    private List<List<String>> chunks(Iterable<String> ids) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>(pageSize);
        Iterator<String> it = ids.iterator();
        while (it.hasNext()) {
            current.add(it.next());
            if (current.size() == pageSize) {
                out.add(current);
                current = new ArrayList<>(pageSize);
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
