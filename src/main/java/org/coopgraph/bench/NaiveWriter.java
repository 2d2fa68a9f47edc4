package org.coopgraph.bench;

import org.coopgraph.ingest.BatchWriter;
import org.coopgraph.ingest.ReleaseWriter;

import org.coopgraph.model.Entity;
import org.coopgraph.model.Fact;
import org.coopgraph.store.Graph;

import java.util.List;
import java.util.Map;

/**
 * The baseline: what a first importer does, one transaction per statement and per row: the
 * release, then each entity, each fact and each mention in its own transaction. Same statements
 * and graph shape as {@link BatchWriter}; only the transaction granularity differs.
 */
public final class NaiveWriter {

    /** Writes one release; returns the number of facts written. */
    public int write(Graph graph, BatchWriter.Item item) {
        var meta = item.doc().meta();
        BatchWriter.Item bare = new BatchWriter.Item(item.doc(), new org.coopgraph.model.Extraction(meta, List.of(), List.of()),
                item.method());
        graph.write(tx -> new BatchWriter().write(tx, List.of(bare)));
        for (Entity e : item.extraction().entities()) {
            graph.write(tx -> tx.run(ReleaseWriter.mergeEntities(e.type()), Map.of("rows", List.of(ReleaseWriter.entityRow(e))))
                    .consume());
        }
        int n = 0;
        for (Fact f : ReleaseWriter.dedupe(item.extraction().facts())) {
            graph.write(tx -> tx.run(ReleaseWriter.mergeFacts(f.relation()),
                    ReleaseWriter.factParams(List.of(ReleaseWriter.factRow(f, meta.id(), meta.publishedOn())))).consume());
            n++;
        }
        for (Entity e : item.extraction().entities()) {
            graph.write(tx -> tx.run(BatchWriter.MENTIONS, Map.of("rows", List.of(Map.of("release", meta.id(), "id", e.id()))))
                    .consume());
        }
        return n;
    }
}
