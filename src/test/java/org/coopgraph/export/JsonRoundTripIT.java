package org.coopgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON dump is complete: export, empty the graph, restore, export again gives the same
 * canonical document. Every test that changes the shared graph resets it before it ends.
 */
@WithNeo4j
class JsonRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String TRICKY_NAME = "Tricky & <Co>, \"Ltd\"\nline two\u0001 end";

    private final TestGraph graph;
    private final TestApi api;

    JsonRoundTripIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @Test
    void exportEmptyRestoreExportGivesTheSameCanonicalDocument(@TempDir Path dir) throws Exception {
        try {
            String before = CanonicalGraph.text(graph.graph());
            Map<String, Long> counts = graph.counts();
            TestApi.Response r = api.get("/api/export?format=json");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/json");
            JsonNode doc = r.json();
            assertThat(doc.get("format").asText()).isEqualTo("coopgraph-export");
            assertThat(doc.get("version").asInt()).isEqualTo(1);
            assertThat(Instant.parse(doc.get("exportedAt").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(doc.get("entities").size() + doc.get("releases").size()).isEqualTo(counts.get("nodes").intValue());
            assertThat(doc.get("facts").size() + doc.get("mentions").size())
                    .isEqualTo(counts.get("relationships").intValue());
            JsonNode fact = find(doc.get("facts"), "kaspersky-lab", "SUPPORTS", "igci");
            assertThat(fact.get("kind").asText()).isEqualTo("technical");
            assertThat(fact.get("sources").get(0).asText()).isEqualTo(GraphMlExportIT.RELEASE);
            assertThat(fact.get("evidenceStart").isArray()).isTrue();
            assertThat(fact.get("confidences").get(0).isDouble()).isTrue();
            assertThat(fact.has("createdAt")).isFalse();
            Path file = dir.resolve("dump.json");
            Files.writeString(file, r.body(), StandardCharsets.UTF_8);

            empty();
            assertThat(graph.counts().get("nodes")).isZero();
            JsonRestore.Restored restored = new JsonRestore(graph.graph()).restore(file);

            assertThat(restored.entities() + restored.releases()).isEqualTo(counts.get("nodes"));
            assertThat(restored.facts() + restored.mentions()).isEqualTo(counts.get("relationships"));
            assertThat(graph.counts()).isEqualTo(counts);
            assertThat(CanonicalGraph.text(graph.graph())).isEqualTo(before);
            assertThat(graph.count("MATCH (n:Entity) WHERE n.createdAt IS NULL OR n.updatedAt IS NULL "
                    + "OR n.nameKey IS NULL OR n.aliasText IS NULL RETURN count(n)", Map.of())).isZero();
            assertThat(graph.count("MATCH (:Entity)-[r]->() WHERE r.createdAt IS NULL "
                    + "RETURN count(r)", Map.of())).isZero();
            assertThat(graph.count("MATCH (r:Release) WHERE valueType(r.importedAt) STARTS WITH 'ZONED DATETIME' "
                    + "RETURN count(r)", Map.of())).isEqualTo(restored.releases());
            assertThat(api.get("/api/search?q=cmii").json().get("results").get(0).get("id").asText())
                    .as("search works on the derived nameKey and aliasText").isEqualTo("igci");

            new JsonRestore(graph.graph()).restore(file);
            assertThat(graph.counts()).as("restoring twice changes nothing").isEqualTo(counts);
            assertThat(CanonicalGraph.sha256(graph.graph())).isEqualTo(sha256(before));
        } finally {
            graph.reset();
        }
    }

    @Test
    void valuesThatNeedEscapingOrTypesSurviveEveryFormat(@TempDir Path dir) throws Exception {
        try {
            graph.graph().write(tx -> tx.run("""
                    MERGE (n:Entity {id: 'tricky-co'})
                    SET n:Organisation, n.type = 'Organisation', n.name = $name, n.aliases = [$name, 'T, "Co"'],
                        n.kind = 'company', n.founded = date('2001-02-03'), n.staff = 12, n.listed = true,
                        n.scores = [1.5, 2.0], n.createdAt = datetime(), n.updatedAt = datetime()
                    WITH n MATCH (i:Entity {id: 'interpol'})
                    MERGE (n)-[r:COOPERATES_WITH {key: ''}]->(i)
                    SET r.sources = [$release], r.evidence = [$name], r.evidenceStart = [0], r.evidenceEnd = [5],
                        r.methods = ['curated'], r.confidences = [0.75], r.seenOn = ['2013-03-20'],
                        r.confidence = 0.75, r.method = 'curated', r.firstSeen = '2013-03-20',
                        r.lastSeen = '2013-03-20', r.since = '2015'
                    WITH n MATCH (rel:Release {id: $release}) MERGE (rel)-[:MENTIONS]->(n)""",
                    Map.of("name", TRICKY_NAME, "release", GraphMlExportIT.RELEASE)).consume());

            ParsedGraphMl g = ParsedGraphMl.parse(api.get("/api/export?format=graphml&around=tricky-co").body());
            Map<String, String> tricky = g.vertices().get("tricky-co");
            assertThat(tricky.get("name")).isEqualTo(TRICKY_NAME.replace('\u0001', '\uFFFD'));
            assertThat(tricky.get("founded")).isEqualTo("2001-02-03");
            assertThat(tricky.get("staff")).isEqualTo("12");
            assertThat(tricky.get("scores")).isEqualTo("1.5 | 2.0");
            assertThat(g.edges("tricky-co", "COOPERATES_WITH", "interpol").get(0).get("evidence"))
                    .isEqualTo(TRICKY_NAME.replace('\u0001', '\uFFFD'));

            List<List<String>> nodes = Rfc4180.read(api.get("/api/export?format=csv&part=nodes&around=tricky-co").body());
            List<String> row = nodes.stream().filter(n -> n.get(0).equals("tricky-co")).findFirst().orElseThrow();
            assertThat(row.get(3)).isEqualTo(TRICKY_NAME);
            assertThat(row.get(4)).isEqualTo(TRICKY_NAME + " | T, \"Co\"");
            List<String> edge = Rfc4180.read(api.get("/api/export?format=csv&around=tricky-co").body()).stream()
                    .filter(e -> e.get(0).equals("tricky-co")).findFirst().orElseThrow();
            assertThat(edge.get(1)).isEqualTo(TRICKY_NAME);
            assertThat(edge.get(2)).isEqualTo("COOPERATES_WITH");
            assertThat(edge.get(11)).isEqualTo(TRICKY_NAME);

            String before = CanonicalGraph.text(graph.graph());
            assertThat(before).contains("\"founded\":{\"$date\":\"2001-02-03\"}");
            Path file = dir.resolve("dump.json");
            Files.writeString(file, before);
            empty();
            new JsonRestore(graph.graph()).restore(file);
            assertThat(CanonicalGraph.text(graph.graph())).isEqualTo(before);
            assertThat(graph.count("MATCH (n:Entity {id: 'tricky-co'}) WHERE valueType(n.founded) = 'DATE NOT NULL' "
                    + "AND valueType(n.staff) = 'INTEGER NOT NULL' AND valueType(n.scores) = 'LIST<FLOAT NOT NULL> NOT NULL' "
                    + "RETURN count(n)", Map.of())).isEqualTo(1);
        } finally {
            graph.reset();
        }
    }

    @Test
    void aDumpAroundAnEntityHoldsWhatItsFactsAndMentionsNeed(@TempDir Path dir) throws Exception {
        JsonNode doc = api.get("/api/export?format=json&around=igci").json();
        assertThat(doc.get("entities").size()).isLessThan(graph.counts().get("nodes").intValue() / 4);
        assertThat(doc.get("releases").findValuesAsText("id")).contains(GraphMlExportIT.RELEASE);
        assertThat(doc.get("mentions")).isNotEmpty();
        JsonNode fact = find(doc.get("facts"), "kaspersky-lab", "SUPPORTS", "igci");
        assertThat(fact.get("since").asText()).isEqualTo("2014");
    }

    @Test
    void twoDumpsDifferOnlyInTheirTimestamp() {
        String first = api.get("/api/export?format=json").body();
        String second = api.get("/api/export?format=json").body();
        assertThat(withoutTimestamp(second)).isEqualTo(withoutTimestamp(first))
                .isEqualTo(CanonicalGraph.text(graph.graph()));
    }

    @Test
    void theCommandLineDumpIsTheSameDocument(@TempDir Path dir) throws Exception {
        ExportProcess.Result r = ExportProcess.run(graph, "--format", "json");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(withoutTimestamp(r.out())).isEqualTo(CanonicalGraph.text(graph.graph()));

        Path file = dir.resolve("sub").resolve("g.graphml");
        ExportProcess.Result g = ExportProcess.run(graph, "--format", "graphml", "--around", "igci", "--out",
                file.toString());
        assertThat(g.exitCode()).as(g.stderr()).isZero();
        assertThat(ParsedGraphMl.parse(Files.readString(file)).vertices()).containsKeys("igci", "kaspersky-lab");

        ExportProcess.Result unknown = ExportProcess.run(graph, "--format", "graphml", "--around", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("nobody");
        assertThat(unknown.stdout()).isEmpty();
    }

    private void empty() {
        graph.graph().write(tx -> tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").consume());
    }

    static String withoutTimestamp(String dump) {
        return dump.replaceFirst(",\"exportedAt\":\"[^\"]*\"", "");
    }

    static JsonNode find(JsonNode facts, String start, String type, String end) {
        for (JsonNode f : facts) {
            if (f.get("start").asText().equals(start) && f.get("type").asText().equals(type)
                    && f.get("end").asText().equals(end)) {
                return f;
            }
        }
        throw new AssertionError("no fact " + start + " -" + type + "-> " + end);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
