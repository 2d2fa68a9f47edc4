package org.coopgraph.bench;

import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.store.Graph;
import org.neo4j.driver.Record;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fast import path end to end: {@code threads} workers read and extract releases (the Extractor
 * is immutable and thread-safe) against a gazetteer loaded once from the graph and extended once per
 * written batch (not once per release, as Importer.learn does); one writer takes batches of
 * {@code batchSize} and writes each in one transaction with {@link BatchWriter}. Ids are
 * deterministic slugs and every write is a MERGE on a unique constraint, so the order in which the
 * workers finish does not change the graph.
 */
public final class Pipeline {

    /** What a run did and how long each part took (extract time summed over workers). */
    public record Outcome(int releases, long facts, long entities, long mentions, double seconds, double writeSeconds,
                          double extractSeconds, Map<Path, Extraction> kept) {
    }

    private final Graph graph;
    private final int threads;
    private final int batchSize;

    public Pipeline(Graph graph, int threads, int batchSize) {
        this.graph = graph;
        this.threads = Math.max(1, threads);
        this.batchSize = batchSize;
    }

    /** Imports the files; keeps the extractions of the first {@code keep} files (for scoring). */
    public Outcome run(List<Path> files, int keep) {
        long t0 = System.nanoTime();
        Gazetteer[] gaz = {Gazetteer.reference().with(known(graph))};
        AtomicReference<Extractor> extractor = new AtomicReference<>(new Extractor(gaz[0]));
        BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(batchSize * 4);
        AtomicInteger next = new AtomicInteger();
        AtomicLong extractNanos = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ReleaseReader reader = new ReleaseReader();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Thread t = new Thread(() -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < files.size() && failure.get() == null; ) {
                        long s = System.nanoTime();
                        BatchWriter.Item item = Bench.readAndExtract(reader, extractor.get(), files.get(i));
                        extractNanos.addAndGet(System.nanoTime() - s);
                        queue.put(new Object[]{i, item});
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-extract-" + w);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        BatchWriter writer = new BatchWriter();
        long facts = 0;
        long entities = 0;
        long mentions = 0;
        long writeNanos = 0;
        Map<Path, Extraction> kept = new TreeMap<>();
        int done = 0;
        List<BatchWriter.Item> batch = new ArrayList<>();
        while (done < files.size()) {
            if (failure.get() != null) {
                throw new IllegalStateException("extraction failed: " + failure.get().getMessage(), failure.get());
            }
            Object[] got;
            try {
                got = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (got != null) {
                int i = (Integer) got[0];
                BatchWriter.Item item = (BatchWriter.Item) got[1];
                if (i < keep) {
                    kept.put(files.get(i), item.extraction());
                }
                batch.add(item);
                done++;
            }
            if (!batch.isEmpty() && (batch.size() >= batchSize || done == files.size())) {
                long s = System.nanoTime();
                List<BatchWriter.Item> fresh = BatchWriter.newOnly(graph, batch);
                BatchWriter.Written w = writer.write(graph, fresh);
                writeNanos += System.nanoTime() - s;
                facts += w.facts();
                entities += w.entities();
                mentions += w.mentions();
                // learn what the batch brought, once per batch
                List<Entity> learned = new ArrayList<>();
                fresh.forEach(it -> learned.addAll(it.extraction().entities()));
                gaz[0] = gaz[0].with(learned);
                extractor.set(new Extractor(gaz[0]));
                batch.clear();
            }
        }
        return new Outcome(files.size(), facts, entities, mentions, Bench.secs(t0), writeNanos / 1e9,
                extractNanos.get() / 1e9 / threads, kept);
    }

    /** Every entity in the graph, as Importer.loadKnown reads them (that one is package-private). */
    static List<Entity> known(Graph graph) {
        return graph.read(tx -> tx.run("""
                MATCH (n:Entity)
                RETURN n.id AS id, n.type AS type, n.name AS name, n.aliases AS aliases,
                       n.kind AS kind, n.country AS country""").list(Pipeline::toEntity));
    }

    private static Entity toEntity(Record r) {
        EntityType type = EntityType.parse(r.get("type").asString(null));
        List<String> aliases = r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString());
        return new Entity(r.get("id").asString(), type == null ? EntityType.Organisation : type,
                r.get("name").asString(r.get("id").asString()), aliases, r.get("kind").asString(null),
                r.get("country").asString(null), Map.of());
    }
}
