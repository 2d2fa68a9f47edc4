package org.coopgraph.testing;

import org.coopgraph.ingest.DemoData;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReferenceData;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Schema;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * The test run's database, migrated, holding the reference data and the demo data. Classes that
 * change the graph call {@link #reset()} first, so that each starts from the same state.
 */
public final class TestGraph implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final Graph graph;
    private final Runnable onClose;
    private final Importer importer;

    private TestGraph(Graph graph, Runnable onClose) {
        this.graph = graph;
        this.onClose = onClose;
        Schema.migrate(graph);
        this.importer = new Importer(graph);
    }

    static TestGraph open(Graph graph, Runnable onClose) {
        TestGraph g = new TestGraph(graph, onClose);
        g.reset();
        return g;
    }

    public Graph graph() {
        return graph;
    }

    public Importer importer() {
        return importer;
    }

    /** Empties the graph (schema kept) and loads the reference and demo data again. */
    public synchronized void reset() {
        graph.write(tx -> tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").consume());
        importer.refreshKnownEntities();
        ReferenceData.load(graph, importer);
        DemoData.load(importer);
        importer.refreshKnownEntities();
    }

    /** Counts of nodes and relationships, outside the migrations' own bookkeeping. */
    public Map<String, Long> counts() {
        return graph.read(tx -> {
            long nodes = tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration RETURN count(n) AS c").single().get("c").asLong();
            long rels = tx.run("MATCH (a)-[r]->() WHERE NOT a:__Neo4jMigration RETURN count(r) AS c").single()
                    .get("c").asLong();
            return Map.of("nodes", nodes, "relationships", rels);
        });
    }

    public long count(String cypher, Map<String, Object> params) {
        return graph.read(tx -> tx.run(cypher, params).single().get(0).asLong());
    }

    @Override
    public void close() {
        graph.close();
        if (onClose != null) {
            onClose.run();
        }
    }
}
