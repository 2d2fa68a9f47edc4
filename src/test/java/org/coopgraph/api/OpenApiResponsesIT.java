package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the document, answered by the real app over the team's corpus: each response
 * goes through {@link TestApi}, which fails on anything the document does not describe. The last
 * test checks that every operation was seen answering successfully, so that no schema goes
 * untested.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiResponsesIT {

    static final String RELEASE = ReferenceQuestionsIT.RELEASE;
    static final Path RELEASES = Path.of("src/test/resources/releases");
    static final Path BUNDLES = Path.of("src/test/resources/bundles");

    private final TestGraph graph;
    private final TestApi api;
    /** What the servers with tokens checked, for the last test. */
    private final Set<String> guardedChecks = new TreeSet<>();

    OpenApiResponsesIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeAll
    void importTheCorpus() {
        graph.reset();
        Importer importer = graph.importer();
        for (Path file : ReleaseFiles.walk(List.of(RELEASES, BUNDLES))) {
            ImportOutcome o = importer.importFile(file, false).outcome();
            assertThat(o.status()).as(file + ": " + o.message()).isNotEqualTo(ImportOutcome.Status.REFUSED);
        }
    }

    @Test
    @Order(1)
    void systemAndSearch() {
        ok("/api/health");
        ok("/api/stats");
        ok("/api/search?q=interpol");
        ok("/api/search?q=kaspersky&type=Organisation&limit=3");
        ok("/api/search?q=cmii&type=Centre");
        problem("/api/search", 400);
        problem("/api/search?q=x&type=Planet", 400);
    }

    @Test
    @Order(2)
    void entities() {
        for (String id : List.of("igci", "interpol", "FR", "kaspersky-lab", "ronald-k-noble",
                "mou-interpol-trend-micro-2015", "interpol-cyber-conference-2015")) {
            ok("/api/entities/" + id);
            ok("/api/entities/" + id + "/neighbourhood");
            ok("/api/entities/" + id + "/timeline");
        }
        problem("/api/entities/nobody", 404);
        problem("/api/entities/%27%20OR%201=1", 400);
        pages("/api/entities/interpol/neighbourhood?relations=MEMBER_OF&limit=60");
        ok("/api/entities/igci/neighbourhood?depth=2&relations=PART_OF,SUPPORTS&types=Organisation,Centre&limit=100");
        ok("/api/entities/igci/neighbourhood?types=Person&from=2013&to=2016-06");
        problem("/api/entities/igci/neighbourhood?depth=3", 400);
        problem("/api/entities/nobody/neighbourhood", 404);
        pages("/api/entities/interpol/timeline?limit=50");
        ok("/api/entities/kaspersky-lab/timeline?from=2013&to=2013-12-31");
        problem("/api/entities/igci/timeline?from=2015&to=2014", 400);
        problem("/api/entities/nobody/timeline", 404);
        ok("/api/people/ronald-k-noble/roles");
        ok("/api/people/jurgen-stock/roles");
        problem("/api/people/interpol/roles", 404);
        ok("/api/organisations/interpol/people");
        ok("/api/organisations/igci/people");
        problem("/api/organisations/nobody/people", 404);
    }

    @Test
    @Order(3)
    void questions() {
        ok("/api/centres/igci/supporters");
        ok("/api/centres/igci/supporters?asOf=2015-06-01");
        problem("/api/centres/igci/supporters?asOf=2015-13-01", 400);
        problem("/api/centres/ronald-k-noble/supporters", 404);
        ok("/api/support");
        ok("/api/support?kind=company&asOf=2015-06-01");
        pages("/api/support?limit=3");
        problem("/api/support?kind=Big%20Company", 400);
        ok("/api/intelligence/reach?from=kaspersky-lab");
        ok("/api/intelligence/reach?from=kaspersky-lab&asOf=2014-06-01&maxHops=6");
        problem("/api/intelligence/reach?from=kaspersky-lab&maxHops=99", 400);
        problem("/api/intelligence/reach?from=nobody", 404);
        ok("/api/intelligence/sources?country=fr");
        ok("/api/intelligence/sources?country=SG&asOf=2016-01-01&maxHops=2");
        problem("/api/intelligence/sources", 400);
        problem("/api/intelligence/sources?country=ZZ", 404);
        ok("/api/paths?from=kaspersky-lab&to=FR");
        ok("/api/paths?from=kaspersky-lab&to=interpol&limit=5&maxHops=3");
        ok("/api/paths?from=trend-micro&to=igci&relations=SUPPORTS,PART_OF");
        problem("/api/paths?from=igci&to=igci", 400);
        problem("/api/paths?from=kaspersky-lab&to=FR&relations=LIKES", 400);
        problem("/api/paths?from=kaspersky-lab&to=nobody", 404);
        ok("/api/analytics/brokers");
        ok("/api/analytics/brokers?relations=SUPPORTS,PART_OF&limit=5");
        problem("/api/analytics/brokers?limit=0", 400);
    }

    @Test
    @Order(4)
    void factsAndReleases() {
        ok("/api/facts");
        pages("/api/facts?limit=40");
        ok("/api/facts?relation=HOLDS_ROLE&since=2015");
        ok("/api/facts?source=" + RELEASE + "&minConfidence=0.5&until=2020-12");
        problem("/api/facts?relation=SUPPORTS,PART_OF", 400);
        problem("/api/facts?minConfidence=2", 400);
        problem("/api/facts?source=nothing-like-it", 404);
        ok("/api/releases");
        pages("/api/releases?limit=4");
        problem("/api/releases?cursor=nothing-like-it", 400);
        problem("/api/releases?limit=1001", 400);
        for (JsonNode r : ok("/api/releases?limit=1000").get("releases")) {
            ok("/api/releases/" + r.get("id").asText());
        }
        problem("/api/releases/nothing-like-it", 404);
    }

    @Test
    @Order(5)
    void importsAndRetractions() throws IOException {
        String text = """
                id: openapi-test-release
                title: A release written for the tests of the API description
                date: 2016-05-04
                language: en

                Trend Micro supports the INTERPOL Global Complex for Innovation in Singapore with threat \
                intelligence, INTERPOL said on 4 May 2016.
                """;
        JsonNode dry = post("/api/releases?dryRun=true&name=test", "text/plain; charset=utf-8", text, 200);
        assertThat(dry.get("status").asText()).isEqualTo("dry_run");
        assertThat(post("/api/releases?name=test", "text/plain", text, 201).get("status").asText())
                .isEqualTo("imported");
        assertThat(post("/api/releases", "text/plain", text, 200).get("status").asText()).isEqualTo("unchanged");
        assertThat(post("/api/releases", "text/markdown", text + "\nIt was signed in Lyon.\n", 200)
                .get("status").asText()).isEqualTo("replaced");
        ok("/api/releases/openapi-test-release");
        ok("/api/facts?source=openapi-test-release");
        assertThat(api.delete("/api/releases/openapi-test-release", null).status()).isEqualTo(204);
        problem(api.delete("/api/releases/openapi-test-release", null), 404);
        problem(api.delete("/api/releases/%27%20OR%201=1", null), 400);

        for (Path file : List.of(RELEASES.resolve("en-2015-04-igci-inauguration.html"),
                RELEASES.resolve("en-2019-03-cambridge-cybercrime-centre-ec3.md"),
                RELEASES.resolve("fr-2014-11-kaspersky-interpol-accord.txt"),
                BUNDLES.resolve("igci-units-2015.json"))) {
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html" : name.endsWith(".md") ? "text/markdown"
                    : name.endsWith(".json") ? "application/json" : "text/plain";
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(post("/api/releases?dryRun=true", type, content, 200).get("extraction").get("facts"))
                    .as(name).isNotEmpty();
            assertThat(post("/api/releases", type, content, 200).get("status").asText()).as(name)
                    .isEqualTo("unchanged");
        }

        String bundle = """
                {"release": {"id": "openapi-test-bundle", "title": "A bundle for the tests of the API description",
                  "publishedOn": "2016-05-05", "body": "Test data."},
                 "entities": [{"id": "openapi-test-co", "type": "Organisation", "name": "OpenAPI Test Co",
                               "kind": "company", "country": "FR"}],
                 "facts": [{"subject": "openapi-test-co", "relation": "SUPPORTS", "object": "igci",
                            "properties": {"kind": "technical"}, "since": "2016",
                            "evidence": {"quote": "Test data.", "start": 0, "end": 10}},
                           {"subject": "openapi-test-co", "relation": "LOCATED_IN", "object": "FR"}]}
                """;
        JsonNode imported = post("/api/releases", "application/json", bundle, 201);
        assertThat(imported.get("factsAsserted").asInt()).isEqualTo(2);
        ok("/api/releases/openapi-test-bundle");
        ok("/api/entities/openapi-test-co");
        ok("/api/centres/igci/supporters");
        assertThat(api.delete("/api/releases/openapi-test-bundle", null).status()).isEqualTo(204);

        problem(api.post("/api/releases", "application/xml", "<release/>", null), 415);
        problem(api.post("/api/releases", "text/plain", "", null), 422);
        problem(api.post("/api/releases?dryRun=true", "text/plain", "x ".repeat(3 * 1024 * 1024 - 100), null), 422);
        problem(api.post("/api/releases?dryRun=true", "text/plain", "x ".repeat(4 * 1024 * 1024), null), 413);
        problem(api.post("/api/releases", "application/json", "{\"release\": 3}", null), 422);
        problem(api.post("/api/releases", "application/json",
                "{\"release\": {\"title\": \"t\"}, \"facts\": [{\"subject\": \"a\", \"relation\": \"LIKES\", \"object\": \"b\"}]}",
                null), 422);
    }

    @Test
    @Order(6)
    void withTokensEveryRouteButHealthAndDocsNeedsOneOfTheRightRole() throws IOException {
        TestApi editorOnly = TestApi.start(graph, "s3cret");
        try {
            problem(editorOnly.get("/api/stats"), 401);
            problem(editorOnly.get("/api/stats", "wrong"), 401);
            problem(editorOnly.post("/api/releases?dryRun=true", "text/plain", "Some text.", null), 401);
            problem(editorOnly.delete("/api/releases/" + RELEASE, null), 401);
            problem(editorOnly.get("/api/admin/tokens", "s3cret"), 403);
            assertThat(editorOnly.get("/api/health").status()).isEqualTo(200);
            assertThat(editorOnly.get("/api/docs").status()).isEqualTo(200);
            assertThat(editorOnly.get("/api/stats", "s3cret").status()).isEqualTo(200);
            TestApi.Response r = editorOnly.post("/api/releases?dryRun=true", "text/plain",
                    "INTERPOL and Europol signed an agreement in Lyon on 2 March 2015.", "s3cret");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            problem(editorOnly.delete("/api/releases/nothing-like-it", "s3cret"), 404);
            guardedChecks.addAll(editorOnly.checked());
        } finally {
            editorOnly.close();
        }

        Path file = Files.createTempFile("coopgraph-tokens-", ".txt");
        Files.writeString(file, "admin-test admin " + sha256("adm1n") + "\n");
        TestApi withAdmin = TestApi.start(graph, new ApiServer.Options("127.0.0.1", Tokens.load(file, null), List.of()));
        try {
            assertThat(withAdmin.get("/api/admin/tokens", "adm1n").status()).isEqualTo(200);
            TestApi.Response created = withAdmin.post("/api/admin/tokens?id=reader-1&role=reader", "text/plain", "",
                    "adm1n");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String reader = created.json().get("token").asText();
            problem(withAdmin.post("/api/admin/tokens?id=reader-1&role=reader", "text/plain", "", "adm1n"), 400);
            problem(withAdmin.post("/api/admin/tokens?id=x&role=king", "text/plain", "", "adm1n"), 400);
            problem(withAdmin.post("/api/admin/tokens?role=reader", "text/plain", "", "adm1n"), 400);
            assertThat(withAdmin.get("/api/entities/igci", reader).status()).isEqualTo(200);
            problem(withAdmin.post("/api/releases?dryRun=true", "text/plain", "Some text.", reader), 403);
            problem(withAdmin.delete("/api/admin/tokens/reader-1", reader), 403);
            assertThat(withAdmin.get("/api/admin/tokens", "adm1n").json().get("tokens")).hasSize(2);
            assertThat(withAdmin.delete("/api/admin/tokens/reader-1", "adm1n").status()).isEqualTo(204);
            problem(withAdmin.delete("/api/admin/tokens/reader-1", "adm1n"), 404);
            problem(withAdmin.get("/api/entities/igci", reader), 401);
            guardedChecks.addAll(withAdmin.checked());
        } finally {
            withAdmin.close();
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(7)
    void exports() {
        ok("/api/export?format=json");
        ok("/api/export?format=JSON&around=igci&depth=2");
        for (String path : List.of("/api/export?format=graphml", "/api/export?format=graphml&around=igci&mentions=true",
                "/api/export?format=csv", "/api/export?format=csv&part=nodes&around=kaspersky-lab&depth=3")) {
            TestApi.Response r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(200);
        }
        problem("/api/export", 400);
        problem("/api/export?format=pdf", 400);
        problem("/api/export?format=json&part=nodes", 400);
        problem("/api/export?format=graphml&around=nobody", 404);
    }

    @Test
    @Order(100)
    void everyOperationWasSeenAnsweringAsDocumented() {
        Set<String> answered = new TreeSet<>();
        Set<String> checked = new TreeSet<>(api.checked());
        checked.addAll(guardedChecks);
        for (String c : checked) {
            String[] parts = c.split(" ");
            if (parts[2].startsWith("2")) {
                answered.add(parts[0] + " " + parts[1]);
            }
        }
        Set<String> expected = new TreeSet<>();
        for (String op : OpenApiContract.get().operations()) {
            if (op.contains(" /api/") && !op.contains("/api/docs")) {
                expected.add(op);
            }
        }
        assertThat(answered).as("operations seen answering 2xx as documented").containsAll(expected);
    }

    private JsonNode ok(String path) {
        TestApi.Response r = api.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        return r.contentType().contains("json") ? r.json() : null;
    }

    /** Follows nextCursor from the first page to the last. */
    private void pages(String first) {
        String sep = first.contains("?") ? "&" : "?";
        JsonNode page = ok(first);
        int seen = 1;
        while (!page.get("nextCursor").isNull()) {
            assertThat(seen++).as(first + " pages").isLessThan(500);
            page = ok(first + sep + "cursor=" + page.get("nextCursor").asText());
        }
        assertThat(seen).as(first + " has more than one page").isGreaterThan(1);
    }

    private void problem(String path, int status) {
        problem(api.get(path), status);
    }

    private static void problem(TestApi.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String path, String contentType, String body, int status) {
        TestApi.Response r = api.post(path, contentType, body, null);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(status);
        return r.json();
    }
}
