package org.coopgraph.trust;

import org.coopgraph.export.CanonicalGraph;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight importers at once on one graph, each with its own {@link Importer}, each importing an
 * overlapping half of the corpus in its own order (every release by four of them): the graph
 * they leave must be the one a single sequential import leaves. Deadlocks between them are the
 * driver's to retry (writes go through executeWrite); none may reach the caller.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentImportIT {

    static final Path CORPUS = Path.of("src/test/resources/releases");
    static final int THREADS = 8;
    static final long SEED = 8_8_2024L;
    /** Fields of the dump that differ between two imports of the same content: when each happened. */
    static final Set<String> WHEN = Set.of("importedAt");
    /**
     * WHEN, and the fields the writer settles by order of arrival: an entity's name, kind and country
     * are the first import's, a fact's {@code method} is its first source's, properties the last's.
     */
    static final Set<String> ORDER_DEPENDENT = Set.of("importedAt", "name", "kind", "country", "method",
            "titleAsStated");

    private final TestGraph graph;

    ConcurrentImportIT(TestGraph graph) {
        this.graph = graph;
    }

    @AfterAll
    void leaveTheDemoData() {
        graph.reset();
    }

    @Test
    void eightConcurrentImportersWriteEachReleaseOnceAndLoseNothing() throws Exception {
        List<Path> files = ReleaseFiles.walk(List.of(CORPUS));
        assertThat(files).hasSizeGreaterThan(20);

        graph.reset();
        sequential(files);
        String sequential = CanonicalGraph.text(graph.graph());
        Map<String, List<String>> sequentialTwins = twins();

        graph.reset();
        Outcomes outcomes = concurrently(plans(files));
        System.out.println("ConcurrentImportIT: " + outcomes.count + " imports by " + THREADS + " threads: "
                + outcomes.byStatus + "; " + outcomes.retried.get() + " ms waited in total");
        assertThat(outcomes.errors).as("nothing escapes an importer (deadlocks are retried)").isEmpty();
        assertThat(outcomes.refused).as("no release is refused").isEmpty();
        Map<String, List<Importer.Result>> written = outcomes.written();
        assertThat(written.keySet()).as("every release is in").hasSize(files.size());
        written.forEach((id, results) -> assertThat(results).as("release " + id + " written once").hasSize(1));

        List<String> problems = new ArrayList<>(Invariants.ofGraph(graph.graph()));
        written.forEach((id, results) -> problems.addAll(Invariants.ofRelease(graph.graph(), id,
                results.get(0).extraction())));
        assertThat(problems).as("each release holds exactly what its one import extracted").isEmpty();
        String concurrent = CanonicalGraph.text(graph.graph());
        Map<String, List<String>> concurrentTwins = twins();

        // The same extractions written one after the other: what the eight writers left must be that graph.
        graph.reset();
        Importer replay = new Importer(graph.graph());
        ReleaseReader reader = new ReleaseReader();
        for (Path f : files) {
            ReleaseDocument doc = reader.read(f.toString(), Files.readAllBytes(f));
            Importer.Result r = written.get(doc.meta().id()).get(0);
            assertThat(replay.importExtraction(f.toString(), doc, r.extraction(), "extracted").outcome().status())
                    .isEqualTo(ImportOutcome.Status.IMPORTED);
        }
        String replayed = CanonicalGraph.text(graph.graph());
        List<String> differences = Canonical.diff(Canonical.records(replayed, ORDER_DEPENDENT, true),
                Canonical.records(concurrent, ORDER_DEPENDENT, true), 40);
        assertThat(differences).as("the concurrent graph is the sequential writing of the same extractions, "
                + "up to the order in which releases arrived").isEmpty();

        // Entity resolution learns from earlier imports, so the extractions depend on the order of arrival (a
        // sequential import in reverse name order differs too); what concurrency must not add is duplicates.
        Map<String, List<String>> extra = new TreeMap<>(concurrentTwins);
        extra.keySet().removeAll(sequentialTwins.keySet());
        assertThat(extra).as("entities with one name and type that a sequential import keeps as one").isEmpty();
        List<String> vsSequential = Canonical.diff(Canonical.records(sequential, WHEN, true),
                Canonical.records(concurrent, WHEN, true), 1000);
        System.out.println("ConcurrentImportIT: against a sequential import in name order, " + vsSequential.size()
                + " records differ (order of resolution), e.g.\n  "
                + String.join("\n  ", vsSequential.subList(0, Math.min(8, vsSequential.size()))));
    }

    /** Entities sharing a name key and a type: groups of ids by "type nameKey". */
    private Map<String, List<String>> twins() {
        Map<String, List<String>> out = new TreeMap<>();
        graph.graph().read(tx -> tx.run("""
                MATCH (n:Entity) WITH n.type AS type, n.nameKey AS key, collect(n.id) AS ids WHERE size(ids) > 1
                RETURN type, key, ids""").list()).forEach(r -> out.put(r.get("type").asString() + " "
                + r.get("key").asString(), r.get("ids").asList(v -> v.asString())));
        return out;
    }

    private void sequential(List<Path> files) {
        Importer importer = new Importer(graph.graph());
        for (Path f : files) {
            assertThat(importer.importFile(f, false).outcome().status()).as(f.toString())
                    .isNotEqualTo(ImportOutcome.Status.REFUSED);
        }
    }

    /** Thread t takes release i when (i + t) mod 4 is 0 or 1: each release by four threads, in a shuffled order. */
    private static List<List<Path>> plans(List<Path> files) {
        Random rnd = new Random(SEED);
        List<List<Path>> plans = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Path> mine = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if ((i + t) % 4 < 2) {
                    mine.add(files.get(i));
                }
            }
            Collections.shuffle(mine, rnd);
            plans.add(mine);
        }
        return plans;
    }

    static final class Outcomes {
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Importer.Result> results = new ConcurrentLinkedQueue<>();
        final Map<ImportOutcome.Status, Integer> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicLong retried = new java.util.concurrent.atomic.AtomicLong();
        int count;

        /** The imports that wrote, by release id. */
        Map<String, List<Importer.Result>> written() {
            Map<String, List<Importer.Result>> out = new TreeMap<>();
            results.stream().filter(r -> r.outcome().status() == ImportOutcome.Status.IMPORTED
                            || r.outcome().status() == ImportOutcome.Status.REPLACED)
                    .forEach(r -> out.computeIfAbsent(r.outcome().releaseId(), k -> new ArrayList<>()).add(r));
            return out;
        }
    }

    private Outcomes concurrently(List<List<Path>> plans) throws Exception {
        Outcomes q = new Outcomes();
        ExecutorService pool = Executors.newFixedThreadPool(plans.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Path> plan : plans) {
                running.add(pool.submit(() -> {
                    Importer importer = new Importer(graph.graph());
                    start.await();
                    for (Path f : plan) {
                        try {
                            long t0 = System.nanoTime();
                            Importer.Result r = importer.importFile(f, false);
                            q.retried.addAndGet((System.nanoTime() - t0) / 1_000_000);
                            q.results.add(r);
                            ImportOutcome o = r.outcome();
                            q.byStatus.merge(o.status(), 1, Integer::sum);
                            if (o.status() == ImportOutcome.Status.REFUSED) {
                                q.refused.add(f + ": " + o.message());
                            }
                        } catch (RuntimeException e) {
                            q.errors.add(f + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        q.count = plans.stream().mapToInt(List::size).sum();
        return q;
    }
}
