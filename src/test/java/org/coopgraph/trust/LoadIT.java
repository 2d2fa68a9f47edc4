package org.coopgraph.trust;

import org.coopgraph.api.ApiServer;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minute of mixed traffic from 32 clients on loopback against the API over the test graph
 * (demo, reference data and the corpus): searches, entities, supporters, reach, paths,
 * neighbourhoods, and imports of small generated releases, some sent again. No answer may be a
 * 5xx or fail to arrive, and the heap after garbage collection must end near where it stood after
 * the warm-up. Part of {@code mvn verify} (about 90 s); {@code -Dload.seconds=N} runs it longer.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadIT {

    static final int CLIENTS = 32;
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmup.seconds", 15));
    static final Duration RUN = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    /** Imports are bounded: at most this many POSTs over the run, from this many distinct releases. */
    static final int MAX_IMPORTS = 600;
    static final int DISTINCT_RELEASES = 200;
    /** Heap after GC at the end may exceed the heap after GC after the warm-up by at most this. */
    static final long HEAP_GROWTH_BOUND = 100L * 1024 * 1024;
    static final Path CORPUS = Path.of("src/test/resources/releases");

    private final TestGraph graph;

    LoadIT(TestGraph graph) {
        this.graph = graph;
    }

    @AfterAll
    void leaveTheDemoData() {
        graph.reset();
    }

    enum Kind { SEARCH, ENTITY, SUPPORTERS, REACH, PATHS, NEIGHBOURHOOD, IMPORT }

    /** What the clients send, per kind: answers by status, latencies, and failures to get an answer. */
    static final class Tally {
        final Map<Kind, Map<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
        final Map<Kind, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        final AtomicInteger imports = new AtomicInteger();

        void add(Kind k, int status, long us, String what, String body) {
            statuses.computeIfAbsent(k, x -> new ConcurrentHashMap<>()).computeIfAbsent(status, x -> new LongAdder())
                    .increment();
            micros.computeIfAbsent(k, x -> new ConcurrentLinkedQueue<>()).add(us);
            if (status >= 500 && serverErrors.size() < 20) {
                serverErrors.add(status + " " + what + ": " + abbreviate(body));
            }
        }

        long count() {
            return micros.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        }

        long count(java.util.function.IntPredicate status) {
            return statuses.values().stream().flatMap(m -> m.entrySet().stream())
                    .filter(e -> status.test(e.getKey())).mapToLong(e -> e.getValue().sum()).sum();
        }
    }

    @Test
    void aMinuteOfMixedTrafficGetsNo5xxAndLeavesTheHeapWhereItWas() throws Exception {
        graph.reset();
        for (Path f : ReleaseFiles.walk(List.of(CORPUS))) {
            assertThat(graph.importer().importFile(f, false).outcome().status()).isNotEqualTo(ImportOutcome.Status.REFUSED);
        }
        Targets targets = targets();
        ApiServer api = new ApiServer(graph.graph(), graph.importer(), ApiServer.Options.defaults()).start(0);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
        try {
            String base = "http://127.0.0.1:" + api.port();
            traffic(http, base, targets, WARM_UP, new Tally(), 1);
            long before = heapAfterGc();

            Tally tally = new Tally();
            long t0 = System.nanoTime();
            traffic(http, base, targets, RUN, tally, 2);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long after = heapAfterGc();

            report(tally, seconds, before, after);
            assertThat(tally.failures).as("every request got an answer").isEmpty();
            assertThat(tally.serverErrors).as("no 5xx").isEmpty();
            assertThat(tally.count(s -> s >= 500)).isZero();
            assertThat(tally.imports.get()).as("imports were part of the mix").isPositive();
            assertThat(after - before).as("heap growth after GC, bytes").isLessThan(HEAP_GROWTH_BOUND);
            assertThat(Invariants.ofGraph(graph.graph())).as("the graph is sound after the load").isEmpty();
        } finally {
            api.close();
        }
    }

    /** Entity ids and names to ask about, read from the graph. */
    record Targets(List<String> entities, List<String> centres, List<String> sources, List<String> words) {
    }

    private Targets targets() {
        List<String> entities = graph.graph().read(tx -> tx.run(
                "MATCH (n:Entity) WHERE NOT n:Country OR COUNT { (n)--() } > 1 RETURN n.id AS id ORDER BY id")
                .list(r -> r.get("id").asString()));
        List<String> centres = graph.graph().read(tx -> tx.run("MATCH (n:Centre) RETURN n.id AS id ORDER BY id")
                .list(r -> r.get("id").asString()));
        List<String> sources = graph.graph().read(tx -> tx.run(
                "MATCH (n:Entity)-[:PROVIDES_INTELLIGENCE_TO|SUPPORTS]->() RETURN DISTINCT n.id AS id ORDER BY id")
                .list(r -> r.get("id").asString()));
        List<String> words = new ArrayList<>();
        graph.graph().read(tx -> tx.run("MATCH (n:Entity) WHERE NOT n:Country RETURN n.name AS name ORDER BY name")
                .list(r -> r.get("name").asString())).forEach(n -> Arrays.stream(n.split("[^\\p{L}]+"))
                .filter(w -> w.length() > 3).limit(2).forEach(words::add));
        return new Targets(entities, centres, sources, words);
    }

    private void traffic(HttpClient http, String base, Targets t, Duration length, Tally tally, long seed)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        long end = System.nanoTime() + length.toNanos() + TimeUnit.MILLISECONDS.toNanos(200);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random rnd = new Random(seed * 1000 + c);
            running.add(clients.submit(() -> {
                go.await();
                while (System.nanoTime() < end) {
                    once(http, base, t, tally, rnd);
                }
                return null;
            }));
        }
        go.countDown();
        try {
            for (Future<?> f : running) {
                f.get(length.toSeconds() + 180, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private void once(HttpClient http, String base, Targets t, Tally tally, Random rnd) {
        int pick = rnd.nextInt(100);
        Kind kind = pick < 25 ? Kind.SEARCH : pick < 43 ? Kind.ENTITY : pick < 53 ? Kind.SUPPORTERS
                : pick < 63 ? Kind.REACH : pick < 73 ? Kind.PATHS : pick < 88 ? Kind.NEIGHBOURHOOD : Kind.IMPORT;
        if (kind == Kind.IMPORT && tally.imports.incrementAndGet() > MAX_IMPORTS) {
            kind = Kind.SEARCH;
        }
        HttpRequest.Builder req;
        switch (kind) {
            case SEARCH -> req = get(base + "/api/search?q=" + enc(any(rnd, t.words()))
                    + (rnd.nextBoolean() ? "" : "&type=Organisation") + "&limit=" + (1 + rnd.nextInt(20)));
            case ENTITY -> req = get(base + "/api/entities/" + enc(any(rnd, t.entities())));
            case SUPPORTERS -> req = get(base + "/api/centres/" + enc(any(rnd, t.centres())) + "/supporters"
                    + (rnd.nextBoolean() ? "" : "?asOf=20" + (13 + rnd.nextInt(12)) + "-06-30"));
            case REACH -> req = get(base + "/api/intelligence/reach?from=" + enc(any(rnd, t.sources()))
                    + "&maxHops=" + (1 + rnd.nextInt(4)));
            case PATHS -> {
                String from = any(rnd, t.entities());
                String to = any(rnd, t.entities());
                while (to.equals(from)) {
                    to = any(rnd, t.entities());
                }
                req = get(base + "/api/paths?from=" + enc(from) + "&to=" + enc(to) + "&maxHops=" + (1 + rnd.nextInt(4))
                        + "&limit=5");
            }
            case NEIGHBOURHOOD -> req = get(base + "/api/entities/" + enc(any(rnd, t.entities()))
                    + "/neighbourhood?depth=" + (1 + rnd.nextInt(2)) + "&limit=" + (10 + rnd.nextInt(90)));
            default -> req = HttpRequest.newBuilder(URI.create(base + "/api/releases"))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(release(rnd.nextInt(DISTINCT_RELEASES))));
        }
        HttpRequest request = req.timeout(Duration.ofSeconds(60)).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            tally.add(kind, r.statusCode(), (System.nanoTime() - t0) / 1000, request.method() + " " + request.uri(),
                    r.body());
        } catch (Exception e) {
            if (tally.failures.size() < 20) {
                tally.failures.add(request.method() + " " + request.uri() + ": " + e);
            }
            tally.add(kind, -1, (System.nanoTime() - t0) / 1000, request.method() + " " + request.uri(), "");
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "sel", "dun", "bri", "zo", "qua",
            "nel", "fin", "gar", "hol", "pex"};

    /** A small release of its own: a made-up company supports the IGCI and gives Europol intelligence. */
    static String release(int k) {
        String name = SYLLABLES[k % 16] + SYLLABLES[(k / 16) % 16] + SYLLABLES[(k * 7 + 3) % 16];
        name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + " Shield Ltd";
        return """
                title: %1$s backs the IGCI (load test %2$d)
                date: 20%3$02d-%4$02d-%5$02d
                language: en
                source: https://example.org/coopgraph/load/%2$d

                SINGAPORE – %1$s will support the INTERPOL Global Complex for Innovation, the company announced today.
                %1$s will also provide threat intelligence to Europol, it said.
                """.formatted(name, k, 14 + k % 10, 1 + k % 12, 1 + k % 28);
    }

    private static HttpRequest.Builder get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).GET();
    }

    private static String any(Random rnd, List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void report(Tally tally, double seconds, long before, long after) {
        StringBuilder sb = new StringBuilder();
        List<Long> all = new ArrayList<>();
        sb.append(String.format(Locale.ROOT, "LoadIT: %d clients, %.0f s: %d requests (%.0f/s), %d 5xx, %d without an answer%n",
                CLIENTS, seconds, tally.count(), tally.count() / seconds, tally.count(s -> s >= 500),
                tally.count(s -> s < 0)));
        for (Kind k : Kind.values()) {
            List<Long> us = new ArrayList<>(tally.micros.getOrDefault(k, new ConcurrentLinkedQueue<>()));
            all.addAll(us);
            Map<Integer, Long> st = new TreeMap<>();
            tally.statuses.getOrDefault(k, Map.of()).forEach((s, n) -> st.put(s, n.sum()));
            sb.append(String.format(Locale.ROOT, "  %-13s %6d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %s%n", k,
                    us.size(), pct(us, 50), pct(us, 99), pct(us, 100), st));
        }
        sb.append(String.format(Locale.ROOT, "  %-13s %6d  p50 %7.1f ms  p99 %7.1f ms%n", "all", all.size(),
                pct(all, 50), pct(all, 99)));
        sb.append(String.format(Locale.ROOT, "  heap after GC: %.1f MB after the warm-up, %.1f MB at the end (%+.1f MB;"
                + " bound +%d MB); max heap %.0f MB%n", before / 1048576.0, after / 1048576.0, (after - before) / 1048576.0,
                HEAP_GROWTH_BOUND / 1048576, Runtime.getRuntime().maxMemory() / 1048576.0));
        if (!tally.serverErrors.isEmpty() || !tally.failures.isEmpty()) {
            sb.append("  first errors:\n    ").append(String.join("\n    ", tally.serverErrors)).append("\n    ")
                    .append(String.join("\n    ", tally.failures)).append('\n');
        }
        System.out.print(sb);
    }

    private static double pct(List<Long> us, int p) {
        if (us.isEmpty()) {
            return 0;
        }
        long[] a = us.stream().mapToLong(Long::longValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * a.length) - 1;
        return a[Math.max(0, Math.min(a.length - 1, i))] / 1000.0;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
