package org.coopgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing releases into the real graph: resolution, idempotence, replacement, retraction, HTTP. */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT {

    static final Path CORPUS = Path.of("src/test/resources/releases");
    static final Path NEC = CORPUS.resolve("fr-2015-03-nec-cmii-laboratoire.txt");

    private final TestGraph graph;
    private final TestApi api;

    ImportIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeEach
    void demoDataOnly() {
        graph.reset();
    }

    @Test
    void aFrenchReleaseResolvesAgainstTheDemoEntitiesAndImportingItAgainChangesNothing() {
        long igciNodes = countEntitiesNamed("igci");
        var first = graph.importer().importFile(NEC, false).outcome();
        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(graph.count("MATCH (n:Entity) WHERE 'CMII' IN n.aliases RETURN count(n)", Map.of())).isEqualTo(1);
        assertThat(countEntitiesNamed("igci")).isEqualTo(igciNodes);
        assertThat(graph.count("MATCH (n:Person) WHERE n.name CONTAINS 'Nakatani' RETURN count(n)", Map.of()))
                .as("Noboru Nakatani resolves to the demo's person").isEqualTo(1);
        Map<String, Long> after = graph.counts();

        var again = graph.importer().importFile(NEC, false).outcome();
        assertThat(again.status()).isEqualTo(ImportOutcome.Status.UNCHANGED);
        assertThat(graph.counts()).isEqualTo(after);
    }

    @Test
    void everyImportedFactKeepsItsQuoteAndOffsetsIntoTheBody() {
        String id = graph.importer().importFile(NEC, false).outcome().releaseId();
        JsonNode release = api.get("/api/releases/" + id).json();
        String text = release.get("text").asText();
        assertThat(release.get("facts")).isNotEmpty();
        for (JsonNode f : release.get("facts")) {
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            assertThat(text.substring(start, end)).as(f.toString()).isEqualTo(f.get("quote").asText());
            assertThat(f.get("method").asText()).isNotBlank();
            assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aChangedReleaseWithTheSameSourceReplacesWhatItAloneAsserted() throws IOException {
        String v1 = """
                title: Test release one
                date: 2016-05-02
                language: en
                source: https://example.org/coopgraph/test/changed-release

                SINGAPORE – Acme Shield Ltd will support the INTERPOL Global Complex for Innovation, the company announced today.
                """;
        String v2 = v1.replace("Acme Shield Ltd will support", "Acme Shield Ltd will provide training to");
        var first = graph.importer().importBytes("changed.txt", v1.getBytes(StandardCharsets.UTF_8), false).outcome();
        assertThat(relation("acme-shield-ltd", "SUPPORTS", "igci")).isEqualTo(1);
        var second = graph.importer().importBytes("changed.txt", v2.getBytes(StandardCharsets.UTF_8), false).outcome();
        assertThat(second.status()).isEqualTo(ImportOutcome.Status.REPLACED);
        assertThat(second.releaseId()).isEqualTo(first.releaseId());
        assertThat(relation("acme-shield-ltd", "SUPPORTS", "igci")).as("retracted with the old version").isZero();
        assertThat(relation("acme-shield-ltd", "PROVIDES_TRAINING_TO", "igci")).isEqualTo(1);
        assertThat(graph.count("MATCH (r:Release {id: $id}) RETURN count(r)", Map.of("id", first.releaseId()))).isEqualTo(1);
    }

    @Test
    void deletingAReleaseRetractsTheFactsOnlyItHeldUpAndKeepsSharedOnes() {
        for (Path file : ReleaseFiles.walk(List.of(CORPUS))) {
            assertThat(graph.importer().importFile(file, false).outcome().status())
                    .isNotEqualTo(ImportOutcome.Status.REFUSED);
        }
        String nec = graph.importer().importFile(NEC, false).outcome().releaseId();
        long sole = graph.count("MATCH ()-[r]->() WHERE r.sources = [$id] RETURN count(r)", Map.of("id", nec));
        long shared = graph.count("MATCH ()-[r]->() WHERE $id IN r.sources AND size(r.sources) > 1 RETURN count(r)",
                Map.of("id", nec));
        assertThat(sole).isPositive();
        assertThat(shared).as("the NEC release shares facts with the demo or the corpus").isPositive();

        assertThat(api.delete("/api/releases/" + nec, null).status()).isEqualTo(204);
        assertThat(graph.count("MATCH ()-[r]->() WHERE $id IN r.sources RETURN count(r)", Map.of("id", nec))).isZero();
        assertThat(graph.count("MATCH ()-[r]->() WHERE r.sources = [] RETURN count(r)", Map.of())).isZero();
        assertThat(graph.count("MATCH ()-[r]->() WHERE size(r.sources) <> size(r.evidence) "
                + "OR size(r.sources) <> size(r.seenOn) RETURN count(r)", Map.of())).isZero();
        assertThat(graph.count("MATCH (r:Release {id: $id}) RETURN count(r)", Map.of("id", nec))).isZero();
        assertThat(api.get("/api/releases/" + nec).status()).isEqualTo(404);
        assertThat(api.delete("/api/releases/" + nec, null).status()).isEqualTo(404);
        assertThat(relation("kaspersky-lab", "SUPPORTS", "igci")).as("the demo's facts stay").isEqualTo(1);
    }

    @Test
    void postingAReleaseImportsItAndPostingItAgainChangesNothing() throws IOException {
        String body = Files.readString(NEC);
        TestApi.Response created = api.post("/api/releases", "text/plain; charset=utf-8", body, null);
        assertThat(created.status()).isEqualTo(201);
        JsonNode answer = created.json();
        assertThat(answer.get("status").asText()).isEqualTo("imported");
        assertThat(answer.get("extraction").get("facts")).isNotEmpty();
        Map<String, Long> after = graph.counts();
        TestApi.Response again = api.post("/api/releases", "text/plain", body, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("unchanged");
        assertThat(graph.counts()).isEqualTo(after);
        JsonNode list = api.get("/api/releases?limit=5").json();
        assertThat(list.get("releases").findValuesAsText("id")).contains(answer.get("id").asText());
    }

    @Test
    void aDryRunOverHttpWritesNothing() throws IOException {
        Map<String, Long> before = graph.counts();
        TestApi.Response r = api.post("/api/releases?dryRun=true", "text/plain", Files.readString(NEC), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("dry_run");
        assertThat(graph.counts()).isEqualTo(before);
    }

    @Test
    void badReleasesAreRefusedClearlyAndChangeNothing() {
        Map<String, Long> before = graph.counts();
        record Bad(String contentType, String body, int status, String says) { }
        for (Bad bad : List.of(
                new Bad("text/plain", "   \n\n  ", 422, "empty"),
                new Bad("text/plain", "title: x\ndate: 2013-02-30\n\nBody text here.", 422, "date"),
                new Bad("application/json", "{\"release\": {\"title\": \"t\"}, \"entities\": [{\"id\": \"a\"}]}", 422, "type"),
                new Bad("application/json", "{not json", 422, "JSON"),
                new Bad("application/json", "{\"release\": {\"title\": \"t\"}, \"facts\": [{\"subject\": \"nobody-at-all\","
                        + " \"relation\": \"SUPPORTS\", \"object\": \"igci\"}]}", 422, "nobody-at-all"),
                new Bad("image/png", "x", 415, "Content-Type"))) {
            TestApi.Response r = api.post("/api/releases", bad.contentType(), bad.body(), null);
            assertThat(r.status()).as(bad.body()).isEqualTo(bad.status());
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).as(bad.body()).contains(bad.says());
        }
        assertThat(graph.counts()).isEqualTo(before);
    }

    @Test
    void withATokenConfiguredWritesNeedIt(TestGraph g) {
        TestApi secured = TestApi.start(g, "s3cret-token");
        try {
            assertThat(secured.post("/api/releases", "text/plain", "x", null).status()).isEqualTo(401);
            assertThat(secured.post("/api/releases", "text/plain", "x", "wrong").status()).as("unknown token").isEqualTo(401);
            assertThat(secured.delete("/api/releases/anything", null).status()).isEqualTo(401);
            assertThat(secured.get("/api/releases").status()).as("reads need a token too").isEqualTo(401);
            assertThat(secured.get("/api/releases", "s3cret-token").status()).as("an editor token reads").isEqualTo(200);
            assertThat(secured.post("/api/releases?dryRun=true", "text/plain", "Title\n\nEuropol will support EC3.",
                    "s3cret-token").status()).isEqualTo(200);
        } finally {
            secured.close();
        }
    }

    private long countEntitiesNamed(String id) {
        return graph.count("MATCH (n:Entity {id: $id}) RETURN count(n)", Map.of("id", id));
    }

    private long relation(String from, String type, String to) {
        return graph.count("MATCH (a:Entity {id: $a})-[r]->(b:Entity {id: $b}) WHERE type(r) = $t RETURN count(r)",
                Map.of("a", from, "b", to, "t", type));
    }
}
