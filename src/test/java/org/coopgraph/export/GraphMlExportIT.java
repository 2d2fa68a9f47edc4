package org.coopgraph.export;

import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphML of the demo graph, read back by a real GraphML parser (jgrapht-io, schema-validated). */
@WithNeo4j
class GraphMlExportIT {

    static final String RELEASE = "interpol-2013-03-20-kaspersky-lab-cmii";

    private final TestGraph graph;
    private final TestApi api;

    GraphMlExportIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @Test
    void theWholeGraphWithMentionsHoldsEveryNodeAndRelationship() {
        TestApi.Response r = api.get("/api/export?format=graphml&mentions=true");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/graphml+xml");
        ParsedGraphMl g = ParsedGraphMl.parse(r.body());
        Map<String, Long> counts = graph.counts();
        assertThat(g.vertices()).hasSize(counts.get("nodes").intValue());
        assertThat(g.edges()).hasSize(counts.get("relationships").intValue());
        assertThat(g.edgesLabelled("MENTIONS")).isEqualTo(mentions());
        assertThat(g.edgesLabelled("MEMBER_OF"))
                .isEqualTo(graph.count("MATCH ()-[r:MEMBER_OF]->() RETURN count(r)", Map.of()));
    }

    @Test
    void withoutMentionsTheReleasesAreThereButNotTheirMentions() {
        ParsedGraphMl g = ParsedGraphMl.parse(api.get("/api/export?format=graphml").body());
        Map<String, Long> counts = graph.counts();
        assertThat(g.vertices()).hasSize(counts.get("nodes").intValue()).containsKey(RELEASE);
        assertThat(g.edges()).hasSize((int) (counts.get("relationships") - mentions()));
        assertThat(g.edgesLabelled("MENTIONS")).isZero();
        Map<String, String> release = g.vertices().get(RELEASE);
        assertThat(release.get("labels")).isEqualTo("Release");
        assertThat(release.get("type")).isEqualTo("Release");
        assertThat(release.get("publishedOn")).isEqualTo("2013-03-20");
        assertThat(release.get("label")).startsWith("Kaspersky Lab soutiendra");
        assertThat(release).doesNotContainKey("text");
    }

    @Test
    void nodesAndEdgesCarryTheirAttributes() {
        ParsedGraphMl g = ParsedGraphMl.parse(api.get("/api/export?format=graphml").body());

        List<ParsedGraphMl.Edge> supports = g.edges("kaspersky-lab", "SUPPORTS", "igci");
        assertThat(supports).isNotEmpty();
        ParsedGraphMl.Edge technical = supports.stream().filter(e -> "technical".equals(e.get("kind"))).findFirst()
                .orElseThrow();
        assertThat(technical.get("since")).isEqualTo("2014");
        assertThat(List.of(technical.get("sources").split(" \\| "))).contains(RELEASE);
        assertThat(technical.get("evidence")).isNotBlank();
        assertThat(Double.parseDouble(technical.get("confidence"))).isBetween(0.0, 1.0);
        assertThat(technical.get("method")).isNotBlank();
        assertThat(technical.get("firstSeen")).isEqualTo("2013-03-20");
        assertThat(technical.attributes()).doesNotContainKeys("evidenceStart", "seenOn", "createdAt");

        Map<String, String> igci = g.vertices().get("igci");
        assertThat(igci.get("labels").split(":")).contains("Entity", "Organisation", "Centre");
        assertThat(igci.get("type")).isEqualTo("Centre");
        assertThat(igci.get("name")).isEqualTo("INTERPOL Global Complex for Innovation");
        assertThat(List.of(igci.get("aliases").split(" \\| "))).contains("IGCI", "CMII");
        assertThat(igci.get("country")).isEqualTo("SG");
        assertThat(igci).doesNotContainKeys("aliasText", "nameKey", "createdAt");

        Map<String, String> france = g.vertices().get("FR");
        assertThat(france.get("iso2")).isEqualTo("FR");
        assertThat(france.get("iso3")).isEqualTo("FRA");
        assertThat(france.get("reference")).isEqualTo("true");
    }

    @Test
    void declaresATypedKeyForEveryAttributeItWrites() {
        String body = api.get("/api/export?format=graphml&mentions=true").body();
        assertThat(body).contains("<key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"");
        assertThat(body).containsPattern("for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"");
        assertThat(body).containsPattern("for=\"node\" attr.name=\"reference\" attr.type=\"boolean\"");
        assertThat(body).contains("edgedefault=\"directed\"");
        Set<String> declared = new HashSet<>();
        body.lines().filter(l -> l.contains("<key ")).forEach(l -> declared.add(l.replaceAll(".*id=\"([^\"]+)\".*", "$1")));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<data key=\"([^\"]+)\"").matcher(body);
        while (m.find()) {
            assertThat(declared).contains(m.group(1));
        }
    }

    @Test
    void aroundTheCentreHoldsItsNeighboursAndNotTheWholeGraph() {
        ParsedGraphMl g = ParsedGraphMl.parse(api.get("/api/export?format=graphml&around=igci&depth=1").body());
        Set<String> expected = new HashSet<>(graph.graph().read(tx -> tx.run(
                "MATCH (:Entity {id: 'igci'})--(m:Entity) RETURN DISTINCT m.id AS id").list(x -> x.get("id").asString())));
        expected.add("igci");
        assertThat(g.vertices().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(g.vertices()).containsKeys("kaspersky-lab", "interpol").doesNotContainKey(RELEASE);
        assertThat((long) g.vertices().size()).isLessThan(graph.counts().get("nodes") / 4);
        assertThat(g.edges("kaspersky-lab", "SUPPORTS", "igci")).isNotEmpty();
        assertThat(g.edges()).allSatisfy(e -> assertThat(expected).contains(e.source(), e.target()));

        ParsedGraphMl two = ParsedGraphMl.parse(api.get("/api/export?format=graphml&around=igci&depth=2").body());
        assertThat(two.vertices().keySet()).containsAll(expected).contains("FR", "SG");

        ParsedGraphMl withMentions = ParsedGraphMl.parse(
                api.get("/api/export?format=graphml&around=igci&mentions=true").body());
        assertThat(withMentions.vertices()).containsKey(RELEASE);
        assertThat(withMentions.edges(RELEASE, "MENTIONS", "igci")).hasSize(1);
    }

    @Test
    void twoExportsAreByteIdenticalWhateverThePageSize() {
        String first = api.get("/api/export?format=graphml&mentions=true").body();
        String second = api.get("/api/export?format=graphml&mentions=true").body();
        assertThat(second).isEqualTo(first);
        Exporter smallPages = new Exporter(graph.graph(), new GraphReader(graph.graph(), 7), Clock.systemUTC());
        ExportOptions options = ExportOptions.wholeGraph().withMentions(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        smallPages.graphMl(smallPages.select(ExportFormat.GRAPHML, options), options, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
    }

    private long mentions() {
        return graph.count("MATCH (:Release)-[r:MENTIONS]->() RETURN count(r)", Map.of());
    }
}
