package org.coopgraph.ingest;

import org.coopgraph.model.Entity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Imports many release files fast, and the same way every time. Files go in batches by their
 * position in the list: the text releases of a batch are read and extracted on several threads
 * against what the graph knew before the batch, then the ones new to the graph are written in one
 * transaction ({@link BatchWriter}). Everything else goes one by one through the {@link Importer},
 * in file order, after the batch: curated bundles (their facts may name entities an earlier file of
 * the batch defines), releases the graph already holds (unchanged, or replaced), a second file with
 * the same release id, and a batch the database refused as a whole.
 *
 * <p>Because batch boundaries depend only on positions, and a batch is one transaction, a run that
 * is killed and started again on the same files converges to the graph a clean run gives: the
 * batches that were written are found unchanged, and the next batch is read against the same graph
 * as in the clean run.
 */
public final class BulkImport {

    private static final Logger LOG = LoggerFactory.getLogger(BulkImport.class);

    /** What a run created, over every release (per-release counts are not known inside a batch). */
    public record Totals(int entitiesCreated, int factsCreated, long factsWritten, double writeSeconds,
                         double extractSeconds) {
    }

    private final Importer importer;
    private final int threads;
    private final int batchSize;

    public BulkImport(Importer importer, int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be at least 1");
        }
        this.importer = importer;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /** Imports the files, and hands each one's result to {@code each} in file order. */
    public Totals run(List<Path> files, Consumer<Importer.Result> each) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-extract");
            t.setDaemon(true);
            return t;
        });
        int entities = 0;
        int facts = 0;
        long written = 0;
        long writeNanos = 0;
        long extractNanos = 0;
        try {
            for (int from = 0; from < files.size(); from += batchSize) {
                List<Path> batch = files.subList(from, Math.min(files.size(), from + batchSize));
                long t0 = System.nanoTime();
                List<Importer.Prepared> prepared = prepare(pool, batch);
                long t1 = System.nanoTime();
                Batch b = write(batch, prepared);
                writeNanos += System.nanoTime() - t1;
                extractNanos += t1 - t0;
                entities += b.entitiesCreated;
                facts += b.factsCreated;
                written += b.factsWritten;
                b.results.forEach(each);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Totals(entities, facts, written, writeNanos / 1e9, extractNanos / 1e9);
    }

    private List<Importer.Prepared> prepare(ExecutorService pool, List<Path> batch) {
        List<Future<Importer.Prepared>> futures = new ArrayList<>();
        for (Path f : batch) {
            // bundles are checked against the graph as it stands when their turn comes
            futures.add(Importer.isBundle(f.toString()) ? null : pool.submit(() -> importer.prepare(f)));
        }
        List<Importer.Prepared> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            out.add(futures.get(i) == null ? null : get(futures.get(i)));
        }
        return out;
    }

    private static Importer.Prepared get(Future<Importer.Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** What one batch wrote, and each file's result in file order. */
    private static final class Batch {
        final List<Importer.Result> results = new ArrayList<>();
        int entitiesCreated;
        int factsCreated;
        long factsWritten;
    }

    private Batch write(List<Path> files, List<Importer.Prepared> prepared) {
        Batch b = new Batch();
        Set<ReleaseDocument> batched = writeNew(prepared, b);
        for (int i = 0; i < files.size(); i++) {
            Importer.Prepared p = prepared.get(i);
            Importer.Result r;
            if (p == null) {
                r = importer.importFile(files.get(i), false);
            } else if (p.refusal() != null) {
                r = p.refusal();
            } else if (batched.contains(p.doc())) {
                r = new Importer.Result(new ImportOutcome(p.name(), ImportOutcome.Status.IMPORTED, p.doc().meta().id(),
                        0, 0, p.extraction().facts().size(), null), Importer.withMeta(p));
            } else {
                r = importer.write(p, false);
            }
            if (p == null || !batched.contains(p.doc())) {
                b.entitiesCreated += r.outcome().entitiesCreated();
                b.factsCreated += r.outcome().factsCreated();
                b.factsWritten += r.outcome().factsAsserted();
            }
            b.results.add(r);
        }
        return b;
    }

    /** Writes the batch's releases that are new to the graph in one transaction; returns their documents. */
    private Set<ReleaseDocument> writeNew(List<Importer.Prepared> prepared, Batch b) {
        List<BatchWriter.Item> items = new ArrayList<>();
        for (Importer.Prepared p : prepared) {
            if (p != null && p.refusal() == null) {
                items.add(new BatchWriter.Item(p.doc(), Importer.withMeta(p), p.method()));
            }
        }
        Set<ReleaseDocument> written = Collections.newSetFromMap(new IdentityHashMap<>());
        List<BatchWriter.Item> fresh = BatchWriter.newOnly(importer.graph(), items);
        if (fresh.isEmpty()) {
            return written;
        }
        try {
            BatchWriter.Written w = new BatchWriter().write(importer.graph(), fresh);
            b.entitiesCreated += w.entitiesCreated();
            b.factsCreated += w.factsCreated();
            b.factsWritten += w.facts();
        } catch (InvalidReleaseException e) {
            LOG.info("A batch of {} releases was refused as a whole ({}); writing them one by one", fresh.size(),
                    e.getMessage());
            return written;
        }
        List<Entity> learned = new ArrayList<>();
        for (BatchWriter.Item it : fresh) {
            written.add(it.doc());
            learned.addAll(it.extraction().entities());
        }
        importer.learn(learned);
        return written;
    }
}
