package org.coopgraph.bench;

import org.coopgraph.api.ApiServer;
import org.coopgraph.generate.Corpus;
import org.coopgraph.generate.CorpusGenerator;
import org.coopgraph.generate.ExpectedFacts;
import org.coopgraph.generate.Scorer;
import org.coopgraph.generate.World;
import org.coopgraph.ingest.BatchWriter;
import org.coopgraph.ingest.BulkImport;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReferenceData;
import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.ingest.ReleaseWriter;
import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Extraction;
import org.coopgraph.query.Cyphers;
import org.coopgraph.query.IntelligenceReach;
import org.coopgraph.query.Paths;
import org.coopgraph.query.QueryCatalog;
import org.coopgraph.store.ConnectionSettings;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Schema;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The benchmarks of issue 6, run in one process against an embedded database under a scratch
 * directory: bulk import (batched vs one fact per transaction), one release through
 * {@code POST /api/releases}, the analyst queries through HTTP vs the same Cypher through the driver
 * vs the naive Cypher, HTTP throughput with 32 clients, memory, and the same at several corpus sizes.
 * Every figure comes with a baseline measured in the same run.
 */
public final class Bench {

    /** What to run. {@code sizes}: corpus sizes, the first is the one every measure runs on. */
    public record Options(String label, List<Integer> sizes, Path data, long seed, int naiveSample, int batchSize,
                          int queryReps, int naiveReps, Duration naiveTimeout, int posts, int clients,
                          Duration loadDuration, int maxLoadRequests, int extractThreads) {

        public static Options small(Path data) {
            return new Options("small", List.of(2_000), data, 42, 150, 250, 200, 3, Duration.ofSeconds(10), 60, 32,
                    Duration.ofSeconds(10), 100_000, 2);
        }

        public static Options large(Path data) {
            return new Options("large", List.of(10_000, 100_000), data, 42, 150, 500, 200, 3, Duration.ofSeconds(30),
                    60, 32, Duration.ofSeconds(15), 200_000, 2);
        }

        public Options withSizes(List<Integer> s) {
            return new Options(label, s, data, seed, naiveSample, batchSize, queryReps, naiveReps, naiveTimeout, posts,
                    clients, loadDuration, maxLoadRequests, extractThreads);
        }
    }

    private final Options o;
    private final PrintWriter log;
    private final Results results = new Results();

    public Bench(Options options, PrintWriter log) {
        this.o = options;
        this.log = log;
    }

    public Results run() {
        results.context("machine", machine());
        results.context("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, args "
                + ManagementFactory.getRuntimeMXBean().getInputArguments());
        results.context("load average at start", loadAverage());
        results.context("size", o.label() + " " + o.sizes());
        for (int i = 0; i < o.sizes().size(); i++) {
            runSize(o.sizes().get(i), i == 0 || o.sizes().size() > 1);
        }
        results.context("load average at end", loadAverage());
        return results;
    }

    // ---- one corpus size ---------------------------------------------------------------------------

    private void runSize(int n, boolean everything) {
        String g = String.format(Locale.ROOT, "%,d releases", n);
        Path dir = o.data().resolve(Integer.toString(n));
        deleteRecursively(dir);
        Path corpus = dir.resolve("corpus");
        say("[%s] generating into %s", g, corpus);
        CorpusGenerator gen = new CorpusGenerator(o.seed(), n);
        long t0 = System.nanoTime();
        long bytes = Corpus.write(gen, n, o.seed(), corpus, 2);
        double genS = secs(t0);
        results.info(g, "generate (files + expected facts)", n / genS, "releases/s",
                String.format(Locale.ROOT, "%.1f MB in %.1f s", bytes / 1e6, genS));

        try (Graph graph = Graph.open(ConnectionSettings.from(Map.of(), dir.resolve("db"), 0))) {
            Schema.migrate(graph);
            Importer importer = new Importer(graph);
            ReferenceData.load(graph, importer);
            List<Path> files = ReleaseFiles.walk(List.of(corpus));
            importBenchmarks(g, graph, importer, files, gen);
            Map<String, Long> counts = counts(graph);
            results.info(g, "graph nodes", counts.get("nodes"), "nodes", null);
            results.info(g, "graph relationships", counts.get("relationships"), "relationships",
                    counts.get("mentions") + " of them MENTIONS");
            memory(g, graph);
            if (everything) {
                serverBenchmarks(g, graph, gen, n);
            }
        }
    }

    // ---- import ----------------------------------------------------------------------------------

    private void importBenchmarks(String g, Graph graph, Importer importer, List<Path> files, CorpusGenerator gen) {
        ReleaseReader reader = new ReleaseReader();
        int k = Math.min(o.naiveSample(), files.size());
        List<Path> sample = files.subList(0, k);

        // read + extract the sample once, timed (the naive importer's front half)
        Extractor extractor = extractorFor(graph);
        long t0 = System.nanoTime();
        List<BatchWriter.Item> items = new ArrayList<>();
        for (Path f : sample) {
            items.add(readAndExtract(reader, extractor, f));
        }
        double extractS = secs(t0);

        say("[%s] naive importer on %d releases", g, k);
        NaiveWriter naive = new NaiveWriter();
        t0 = System.nanoTime();
        int naiveFacts = 0;
        for (BatchWriter.Item it : items) {
            naiveFacts += naive.write(graph, it);
        }
        double naiveS = secs(t0);
        double naiveFactsPerS = naiveFacts / naiveS;
        double naiveReleasesPerS = k / (naiveS + extractS);
        wipe(graph, importer);

        say("[%s] current Importer.importFile on %d releases", g, k);
        t0 = System.nanoTime();
        for (Path f : sample) {
            importer.importFile(f, false);
        }
        double currentS = secs(t0);
        wipe(graph, importer);

        say("[%s] bulk import (ingest.BulkImport) of %d releases (%d extract threads, batches of %d)", g,
                files.size(), o.extractThreads(), o.batchSize());
        Map<Path, Extraction> kept = new TreeMap<>();
        long t1 = System.nanoTime();
        BulkImport.Totals p = new BulkImport(importer, o.extractThreads(), o.batchSize()).run(files, r -> {
            if (r.extraction() != null && kept.size() < 2_000) {
                kept.put(Path.of(r.outcome().name()), r.extraction());
            }
        });
        double bulkS = secs(t1);
        results.rate(g, "bulk write, whole corpus (facts/s)", p.factsWritten() / p.writeSeconds(), "facts/s",
                "one fact per tx", naiveFactsPerS, 25_000.0, 20.0,
                String.format(Locale.ROOT, "%d facts (%d new), %d entities created, in %.1f s of write time",
                        p.factsWritten(), p.factsCreated(), p.entitiesCreated(), p.writeSeconds()));
        results.rate(g, "end to end: read, extract, resolve, write", files.size() / bulkS, "releases/s",
                "naive importer", naiveReleasesPerS, 300.0, 20.0,
                String.format(Locale.ROOT, "extraction alone: %.0f releases/s on one thread; Importer.importFile"
                        + " (one transaction per release): %.1f releases/s", k / extractS, k / currentS));
        results.info(g, "  of which read + extract", files.size() / p.extractSeconds(), "releases/s",
                o.extractThreads() + " threads, between batches");

        // extraction quality on the generated corpus
        Scorer.Score total = new Scorer.Score();
        for (var e : kept.entrySet()) {
            total.add(Scorer.score(ExpectedFacts.read(ExpectedFacts.fileFor(e.getKey())), e.getValue(), null));
        }
        results.info(g, "extraction fact precision", total.precision(), "",
                String.format(Locale.ROOT, "on %d generated releases: %d/%d produced correct; entity P %.3f R %.3f;"
                        + " %d absent facts produced", kept.size(), total.correct, total.produced,
                        total.entityPrecision(), total.entityRecall(), total.absentHit));
        results.info(g, "extraction fact recall", total.recall(), "",
                String.format(Locale.ROOT, "%d/%d expected found; per relation: %s", total.found, total.expected,
                        perRelation(total)));
    }

    private static String perRelation(Scorer.Score s) {
        StringBuilder b = new StringBuilder();
        s.byRelation.forEach((r, c) -> {
            if (c[0] > 0) {
                b.append(String.format(Locale.ROOT, "%s R %.2f P %.2f; ", r, (double) c[1] / c[0],
                        c[2] == 0 ? 1.0 : (double) c[3] / c[2]));
            }
        });
        return b.toString();
    }

    static BatchWriter.Item readAndExtract(ReleaseReader reader, Extractor extractor, Path f) {
        try {
            ReleaseDocument doc = reader.read(f.getFileName().toString(), Files.readAllBytes(f));
            Extraction x = extractor.extract(doc);
            return new BatchWriter.Item(doc, new Extraction(doc.meta(), x.entities(), x.facts()), ReleaseWriter.EXTRACTED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.coopgraph.ingest.InvalidReleaseException e) {
            throw new IllegalStateException(f + ": " + e.getMessage(), e);
        }
    }

    /** The extractor an import would use: reference data plus every entity the graph holds. */
    static Extractor extractorFor(Graph graph) {
        return new Extractor(Gazetteer.reference().learn(Importer.loadKnown(graph)));
    }

    private void wipe(Graph graph, Importer importer) {
        try (Session s = graph.session()) {
            s.run("MATCH (n) WHERE NOT n:__Neo4jMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
        importer.refreshKnownEntities();
        ReferenceData.load(graph, importer);
        importer.refreshKnownEntities();
    }

    private static Map<String, Long> counts(Graph graph) {
        return graph.read(tx -> {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("nodes", tx.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong());
            m.put("relationships", tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong());
            m.put("mentions", tx.run("MATCH ()-[r:MENTIONS]->() RETURN count(r) AS c").single().get("c").asLong());
            return m;
        });
    }

    // ---- memory ----------------------------------------------------------------------------------

    private void memory(String g, Graph graph) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        double heapMiB = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024);
        results.info(g, "heap after GC (app + embedded Neo4j)", heapMiB, "MiB",
                "max heap " + rt.maxMemory() / (1024 * 1024) + " MiB");
        results.info(g, "RSS (VmRSS)", rssMiB(), "MiB", "settings: " + neo4jMemorySettings(graph));
    }

    static double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static String neo4jMemorySettings(Graph graph) {
        try {
            return graph.read(tx -> tx.run("SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'server.memory'"
                    + " OR name = 'db.memory.transaction.total.max' RETURN name, value ORDER BY name").list(r ->
                    r.get("name").asString().replace("server.memory.", "") + "=" + r.get("value").asString(""))).toString();
        } catch (Neo4jException e) {
            return "(SHOW SETTINGS failed: " + e.getMessage() + ")";
        }
    }

    // ---- the server ------------------------------------------------------------------------------

    private void serverBenchmarks(String g, Graph graph, CorpusGenerator gen, int n) {
        ApiServer server = new ApiServer(graph, new Importer(graph), ApiServer.Options.defaults()).start(0);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + server.port();
        try {
            posts(g, http, base, gen, n);
            queries(g, graph, http, base, gen.world());
            throughput(g, http, base, graph, gen.world());
        } finally {
            server.close();
        }
    }

    private void posts(String g, HttpClient http, String base, CorpusGenerator gen, int n) {
        say("[%s] POST /api/releases x %d (dry run, then for real)", g, o.posts());
        List<CorpusGenerator.Release> fresh = new ArrayList<>();
        for (int i = 0; i < o.posts(); i++) {
            fresh.add(gen.release(n + i));
        }
        Timings dry = new Timings();
        Timings real = new Timings();
        for (int pass = 0; pass < 2; pass++) {
            for (CorpusGenerator.Release r : fresh) {
                String url = base + "/api/releases?name=" + enc(r.name()) + (pass == 0 ? "&dryRun=true" : "");
                HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/plain; charset=utf-8")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(r.text())).build();
                long t0 = System.nanoTime();
                int status = send(http, req);
                (pass == 0 ? dry : real).add(System.nanoTime() - t0);
                if (status >= 300) {
                    throw new IllegalStateException("POST " + url + " answered " + status);
                }
            }
        }
        results.latency(g, "POST /api/releases p50", real.p50(), "dry run (extract only)", dry.p50(), 50.0, 1e9, null,
                "ratio: import time over dry-run time, i.e. what resolving and writing add to reading and extracting");
        results.latency(g, "POST /api/releases p99", real.p99(), "dry run (extract only)", dry.p99(), null, 1e9, null, null);
    }

    /** One analyst question three ways: through HTTP, the same Cypher through the driver, the naive Cypher. */
    private record Question(String name, String url, List<Direct> direct, String naive, Map<String, Object> naiveParams,
                            Double maxP99) {
    }

    private record Direct(String cypher, Map<String, Object> params) {
    }

    private void queries(String g, Graph graph, HttpClient http, String base, World w) {
        String company = idOf(graph, w.orgs.get(w.companiesFrom).name(), "trend-micro");
        String provider = graph.read(tx -> tx.run("""
                MATCH (c:Organisation)-[:PROVIDES_INTELLIGENCE_TO]->(:Entity {id: 'interpol'})
                RETURN c.id AS id ORDER BY COUNT { (c)--() } DESC LIMIT 1""").list(r -> r.get("id").asString()))
                .stream().findFirst().orElse(company);
        String agency = idOf(graph, w.orgs.get(w.agenciesFrom).name(), "europol");
        String stem = w.orgs.get(w.companiesFrom + 1).name().split(" ")[0];
        String asOf = "2025-12-31";
        Map<String, QueryCatalog.Entry> cat = new LinkedHashMap<>();
        QueryCatalog.all().forEach(e -> cat.put(e.name(), e));

        List<Question> qs = new ArrayList<>();
        qs.add(new Question("supporters of the IGCI", "/api/centres/igci/supporters",
                List.of(direct(cat, "supporters", "id", "igci", "asOf", null)),
                "MATCH (s)-[:SUPPORTS]->(x)-[:PART_OF*0..]->(c) WHERE c.id = $id RETURN DISTINCT s.id, s.name",
                Map.of("id", "igci"), 15.0));
        qs.add(new Question("intelligence reach from " + provider, "/api/intelligence/reach?from=" + enc(provider)
                + "&asOf=" + asOf,
                List.of(new Direct(Cyphers.render(IntelligenceReach.statement(IntelligenceReach.DEFAULT_MAX_HOPS)),
                        Map.of("from", provider, "asOf", asOf))),
                "MATCH (a)-[:PROVIDES_INTELLIGENCE_TO|DISSEMINATES_TO*]->(o)<-[:MEMBER_OF]-(c) WHERE a.id = $id"
                        + " RETURN DISTINCT c.id, c.name",
                Map.of("id", provider), 50.0));
        qs.add(new Question("paths " + company + " to " + agency, "/api/paths?from=" + enc(company) + "&to=" + enc(agency),
                List.of(new Direct(Cyphers.render(Paths.statement(Paths.DEFAULT_MAX_HOPS,
                        List.of(org.coopgraph.model.Relation.values()), Paths.DEFAULT_LIMIT)),
                        Map.of("from", company, "to", agency))),
                "MATCH p = (a)-[*]-(b) WHERE a.id = $from AND b.id = $to RETURN p ORDER BY length(p) LIMIT 5",
                Map.of("from", company, "to", agency), 50.0));
        qs.add(new Question("neighbourhood of INTERPOL", "/api/entities/interpol/neighbourhood",
                List.of(direct(cat, "neighbourhood-counts", "id", "interpol"),
                        direct(cat, "neighbourhood", "id", "interpol", "skip", 0, "limit", 51)),
                "MATCH (n)-[r]-(m) WHERE n.id = $id WITH r, m ORDER BY type(r), m.name"
                        + " RETURN type(r) AS rel, m.id, m.name, r LIMIT 51",
                Map.of("id", "interpol"), null));
        qs.add(new Question("search '" + stem.toLowerCase(Locale.ROOT) + "'", "/api/search?q=" + enc(stem.toLowerCase(Locale.ROOT)),
                List.of(direct(cat, "search", "query", lucene(stem), "limit", 10)),
                "MATCH (n) WHERE toLower(n.name) CONTAINS toLower($q)"
                        + " OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($q)) RETURN n.id, n.name LIMIT 10",
                Map.of("q", stem), 15.0));
        qs.add(new Question("timeline of " + company, "/api/entities/" + enc(company) + "/timeline",
                List.of(direct(cat, "timeline", "id", company, "skip", 0, "limit", 51)),
                "MATCH (n)-[r]-(m) WHERE n.id = $id RETURN type(r), m.name, coalesce(r.since, r.firstSeen) AS d"
                        + " ORDER BY d LIMIT 51",
                Map.of("id", company), null));

        for (Question q : qs) {
            say("[%s] query: %s", g, q.name());
            String qn = q.name();
            int firstStatus = status(http, base + q.url());
            boolean directOk = runDirect(graph, q.direct());
            if (firstStatus != 200 || !directOk) {
                results.add(new Results.Line(g, qn + ": HTTP p50", Double.NaN, "ms", "same Cypher via driver", null, null,
                        "answers", false, "HTTP answered " + firstStatus + (directOk ? "" : "; the driver run timed out after "
                        + o.naiveTimeout().toSeconds() + " s") + " (see the report: the answer repeats every source of"
                        + " the hub's edges for every country)"));
                continue;
            }
            int warm = Math.max(10, o.queryReps() / 10);
            for (int i = 0; i < warm; i++) {
                get(http, base + q.url());
                runDirect(graph, q.direct());
            }
            Timings viaHttp = new Timings();
            Timings direct = new Timings();
            long budget = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            for (int i = 0; i < o.queryReps() && System.nanoTime() < budget; i++) {
                long t0 = System.nanoTime();
                get(http, base + q.url());
                viaHttp.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                runDirect(graph, q.direct());
                direct.add(System.nanoTime() - t0);
            }
            Timings naive = new Timings();
            boolean timedOut = false;
            for (int i = 0; i < o.naiveReps() && !timedOut; i++) {
                long t0 = System.nanoTime();
                timedOut = !runNaive(graph, q.naive(), q.naiveParams());
                if (!timedOut) {
                    naive.add(System.nanoTime() - t0);
                }
            }
            double naiveMs = timedOut ? o.naiveTimeout().toMillis() : naive.p50();
            String reps = viaHttp.count() + " runs each";
            results.latency(g, qn + ": HTTP p50", viaHttp.p50(), "same Cypher via driver", direct.p50(), null, 1.5, null,
                    reps);
            results.latency(g, qn + ": HTTP p99", viaHttp.p99(), "same Cypher via driver", direct.p99(), q.maxP99(), 1e9,
                    null, null);
            results.latency(g, qn + ": HTTP p50 vs naive Cypher", viaHttp.p50(), "naive Cypher", naiveMs, null, null, 10.0,
                    timedOut ? "the naive form did not finish in " + o.naiveTimeout().toSeconds()
                            + " s (timeout): the ratio is a lower bound" : naive.count() + " naive runs");
        }
    }

    private static Direct direct(Map<String, QueryCatalog.Entry> cat, String name, Object... overrides) {
        QueryCatalog.Entry e = cat.get(name);
        Map<String, Object> p = new LinkedHashMap<>();
        e.exampleParameters().keySet().forEach(k -> p.put(k, null));
        for (int i = 0; i < overrides.length; i += 2) {
            p.put((String) overrides[i], overrides[i + 1]);
        }
        return new Direct(Cyphers.render(e.statement()), p);
    }

    /** The Lucene query Search builds from a word (Search.luceneQuery is package-private). */
    static String lucene(String word) {
        String w = Normalise.fold(word).toLowerCase(Locale.ROOT);
        return "(" + w + "^4 OR " + w + "*^2" + (w.length() >= 4 ? " OR " + w + "~1" : "") + ")";
    }

    /** Runs the statements as the query classes do, each in its own read transaction; false on a timeout. */
    private boolean runDirect(Graph graph, List<Direct> ds) {
        TransactionConfig cfg = TransactionConfig.builder().withTimeout(o.naiveTimeout()).build();
        try (Session s = graph.session()) {
            for (Direct d : ds) {
                s.executeRead(tx -> tx.run(d.cypher(), d.params()).list(), cfg);
            }
            return true;
        } catch (Neo4jException e) {
            return false;
        }
    }

    /** Runs the naive statement with a transaction timeout; false when it timed out. */
    private boolean runNaive(Graph graph, String cypher, Map<String, Object> params) {
        try (Session s = graph.session();
             Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(o.naiveTimeout()).build())) {
            tx.run(cypher, params).list();
            return true;
        } catch (Neo4jException e) {
            return false;
        }
    }

    private void throughput(String g, HttpClient http, String base, Graph graph, World w) {
        String stem = w.orgs.get(w.companiesFrom + 1).name().split(" ")[0].toLowerCase(Locale.ROOT);
        String read = "/api/search?q=" + enc(stem);
        double[] health = load(http, base + "/api/health");
        double[] search = load(http, base + read);
        double[] supporters = load(http, base + "/api/centres/igci/supporters");
        results.rate(g, o.clients() + " clients: GET " + read + " (req/s)", search[0], "req/s", "GET /api/health", health[0],
                null, null, String.format(Locale.ROOT, "p99 %.1f ms (health p99 %.1f ms); %d errors", search[1],
                        health[1], (long) search[2]));
        results.rate(g, o.clients() + " clients: GET /api/centres/igci/supporters (req/s)", supporters[0], "req/s",
                "GET /api/health", health[0], null, null,
                String.format(Locale.ROOT, "p99 %.1f ms; %d errors", supporters[1], (long) supporters[2]));
    }

    /** {@code clients} threads for at most loadDuration and maxLoadRequests: {req/s, p99 ms, errors}. */
    private double[] load(HttpClient http, String url) {
        for (int i = 0; i < 20; i++) {
            get(http, url);
        }
        Timings t = new Timings();
        AtomicInteger left = new AtomicInteger(o.maxLoadRequests());
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + o.loadDuration().toNanos();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < o.clients(); c++) {
            Thread th = new Thread(() -> {
                HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
                while (System.nanoTime() < deadline && left.decrementAndGet() >= 0) {
                    long s = System.nanoTime();
                    if (send(http, req) != 200) {
                        errors.incrementAndGet();
                    }
                    t.add(System.nanoTime() - s);
                }
            }, "bench-client-" + c);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new double[]{t.count() / secs(t0), t.p99(), errors.get()};
    }

    private static int status(HttpClient http, String url) {
        return send(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private static void get(HttpClient http, String url) {
        int status = send(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
        if (status != 200) {
            throw new IllegalStateException("GET " + url + " answered " + status);
        }
    }

    private static int send(HttpClient http, HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String idOf(Graph graph, String name, String fallback) {
        List<String> ids = graph.read(tx -> tx.run("MATCH (n:Entity) WHERE n.nameKey = $k RETURN n.id AS id LIMIT 1",
                Map.of("k", Normalise.key(name))).list(r -> r.get("id").asString()));
        return ids.isEmpty() ? fallback : ids.get(0);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private void say(String fmt, Object... args) {
        log.printf(Locale.ROOT, "%tT " + fmt + "%n", prepend(java.time.LocalTime.now(), args));
        log.flush();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            // keep "?"
        }
        long memKb = 0;
        try {
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException | NumberFormatException e) {
            // keep 0
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memKb / (1024 * 1024) + " GiB RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
