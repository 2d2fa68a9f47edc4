package org.coopgraph.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopgraph.api.ApiServer;
import org.coopgraph.api.OpenApiContract;
import org.coopgraph.ingest.DemoData;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReferenceData;
import org.coopgraph.store.EmbeddedNeo4j;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops under a running API (its own embedded Neo4j, so the shared test database is
 * untouched) and starts again on the same directory and port: meanwhile every request answers
 * 503 problem+json quickly, the health check says so, and afterwards everything answers again
 * without restarting the API.
 */
class DatabaseOutageIT {

    /** The longest a request may take to say the database is away. */
    static final Duration PROMPT = Duration.ofSeconds(15);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Call(String method, String path, String contentType, String body) {
        static Call get(String path) {
            return new Call("GET", path, null, null);
        }
    }

    static final List<Call> CALLS = List.of(
            Call.get("/api/search?q=interpol"),
            Call.get("/api/entities/kaspersky-lab"),
            Call.get("/api/centres/igci/supporters"),
            Call.get("/api/intelligence/reach?from=kaspersky-lab&asOf=2015-01-01"),
            Call.get("/api/paths?from=kaspersky-lab&to=interpol&maxHops=3"),
            Call.get("/api/entities/interpol/neighbourhood?depth=1&limit=20"),
            Call.get("/api/releases?limit=5"),
            Call.get("/api/stats"),
            new Call("POST", "/api/releases", "text/plain; charset=utf-8", """
                    title: Outage test release
                    date: 2021-03-04
                    language: en

                    THE HAGUE – Europol will support the Joint Cybercrime Action Taskforce, the agency said.
                    """));

    @Test
    void whileTheDatabaseIsAwayRequestsAnswer503PromptlyAndAnswerAgainWhenItIsBack(@TempDir Path home) throws Exception {
        int boltPort = freePort();
        EmbeddedNeo4j db = EmbeddedNeo4j.start(home, boltPort);
        Graph graph = new Graph(Graph.connect(db.boltUri(), null, null), null);
        ApiServer api = null;
        try {
            Schema.migrate(graph);
            Importer importer = new Importer(graph);
            ReferenceData.load(graph, importer);
            DemoData.load(importer);
            api = new ApiServer(graph, importer, ApiServer.Options.defaults()).start(0);
            int port = api.port();

            assertThat(health(port)).isEqualTo(200);
            for (Call c : CALLS) {
                Answer a = send(port, c);
                assertThat(a.status()).as(c + ": " + a.body()).isBetween(200, 201);
            }

            db.close();
            List<String> timings = new ArrayList<>();
            // all at once, as a page of the explorer would ask them
            List<java.util.concurrent.CompletableFuture<Answer>> pending = new ArrayList<>();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(CALLS.size());
            for (Call c : CALLS) {
                pending.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> sendUnchecked(port, c), pool));
            }
            pool.shutdown();
            for (int i = 0; i < CALLS.size(); i++) {
                Call c = CALLS.get(i);
                Answer a = pending.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
                timings.add(c.method() + " " + c.path() + ": " + a.status() + " in " + a.millis() + " ms");
                assertThat(a.status()).as(c + " while the database is away: " + a.body()).isEqualTo(503);
                assertThat(a.contentType()).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(a.body());
                assertThat(problem.get("status").asInt()).isEqualTo(503);
                assertThat(problem.get("detail").asText()).contains("database");
                assertThat(a.millis()).as(c + " answered promptly").isLessThan(PROMPT.toMillis());
                assertThat(contract(c, a)).as("as openapi.yaml describes").isEmpty();
            }
            Answer down = send(port, Call.get("/api/health"));
            timings.add("GET /api/health: " + down.status() + " in " + down.millis() + " ms");
            assertThat(down.status()).isEqualTo(503);
            assertThat(JSON.readTree(down.body()).get("status").asText()).isEqualTo("unavailable");
            assertThat(down.millis()).isLessThan(PROMPT.toMillis());
            System.out.println("DatabaseOutageIT, database away:\n  " + String.join("\n  ", timings));

            db = EmbeddedNeo4j.start(home, boltPort);
            long back = System.nanoTime();
            while (health(port) != 200) {
                assertThat(System.nanoTime() - back).as("healthy again within 60 s").isLessThan(60_000_000_000L);
                Thread.sleep(200);
            }
            System.out.println("DatabaseOutageIT: healthy again " + (System.nanoTime() - back) / 1_000_000
                    + " ms after the database started");
            for (Call c : CALLS) {
                Answer a = send(port, c);
                assertThat(a.status()).as(c + " after the database is back: " + a.body()).isBetween(200, 201);
            }
            assertThat(JSON.readTree(send(port, Call.get("/api/entities/kaspersky-lab")).body()).get("id").asText())
                    .isEqualTo("kaspersky-lab");
        } finally {
            if (api != null) {
                api.close();
            }
            graph.close();
            db.close();
        }
    }

    record Answer(int status, String contentType, String body, long millis) {
    }

    private Answer send(int port, Call c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.path()))
                .timeout(Duration.ofSeconds(120));
        if (c.body() != null) {
            b.header("Content-Type", c.contentType()).method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        } else {
            b.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private Answer sendUnchecked(int port, Call c) {
        try {
            return send(port, c);
        } catch (Exception e) {
            throw new IllegalStateException(c + ": " + e, e);
        }
    }

    private int health(int port) throws Exception {
        return send(port, Call.get("/api/health")).status();
    }

    private static List<String> contract(Call c, Answer a) {
        Optional<List<String>> problems = OpenApiContract.get().check(c.method(),
                URI.create(c.path()).getRawPath(), a.status(), a.contentType(), a.body());
        return problems.orElse(List.of());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
