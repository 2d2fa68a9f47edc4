package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two questions of the reference release, answered from the demo data over HTTP. */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceQuestionsIT {

    static final String RELEASE = "interpol-2013-03-20-kaspersky-lab-cmii";

    private final TestGraph graph;
    private final TestApi api;

    ReferenceQuestionsIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeAll
    void demoDataOnly() {
        graph.reset();
    }

    @Test
    void healthAnswersOnceTheDatabaseDoes() {
        TestApi.Response r = api.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void searchFindsTheCentreByItsFrenchAcronymInAnyCase() {
        for (String q : List.of("cmii", "CMII", "IGCI", "complexe mondial", "Global Complex")) {
            JsonNode results = api.get("/api/search?q=" + q.replace(" ", "%20")).json().get("results");
            assertThat(results).as(q).isNotEmpty();
            assertThat(results.get(0).get("id").asText()).as(q).isEqualTo("igci");
            assertThat(results.get(0).get("type").asText()).isEqualTo("Centre");
        }
    }

    @Test
    void searchIsAccentAndCaseInsensitiveAndToleratesATypo() {
        assertThat(ids(api.get("/api/search?q=interpol").json().get("results"))).contains("interpol");
        assertThat(ids(api.get("/api/search?q=KASPERSKY").json().get("results"))).contains("kaspersky-lab");
        assertThat(ids(api.get("/api/search?q=kaspresky").json().get("results"))).contains("kaspersky-lab");
        assertThat(ids(api.get("/api/search?q=Singapour").json().get("results"))).contains("SG");
        assertThat(ids(api.get("/api/search?q=etats-unis").json().get("results"))).contains("US");
    }

    @Test
    void supportersOfTheCentreIncludeKasperskyLabWithTheReleaseAsSource() {
        JsonNode body = api.get("/api/centres/igci/supporters").json();
        assertThat(body.get("centre").get("id").asText()).isEqualTo("igci");
        JsonNode kaspersky = find(body.get("supporters"), "kaspersky-lab");
        assertThat(kaspersky.get("kind").asText()).isEqualTo("company");
        JsonNode support = null;
        for (JsonNode f : kaspersky.get("facts")) {
            if (f.get("relation").asText().equals("SUPPORTS")) {
                support = f;
            }
        }
        assertThat(support).isNotNull();
        assertThat(support.get("since").asText()).isEqualTo("2014");
        assertThat(support.get("sources").get(0).get("id").asText()).isEqualTo(RELEASE);
        assertThat(support.get("sources").get(0).get("date").asText()).isEqualTo("2013-03-20");
    }

    @Test
    void supportersAsOfADateBeforeTheSupportBeganAreEmpty() {
        JsonNode body = api.get("/api/centres/igci/supporters?asOf=2013-06-01").json();
        assertThat(body.get("supporters")).isEmpty();
    }

    @Test
    void kasperskyIntelligenceReachesInterpolMemberCountriesThroughInterpol() {
        JsonNode body = api.get("/api/intelligence/reach?from=kaspersky-lab").json();
        assertThat(body.get("count").asInt()).isGreaterThanOrEqualTo(150);
        JsonNode france = find(body.get("countries"), "FR", "iso2");
        JsonNode singapore = find(body.get("countries"), "SG", "iso2");
        for (JsonNode c : List.of(france, singapore)) {
            assertThat(texts(c.get("path"))).containsExactly("kaspersky-lab", "interpol", c.get("iso2").asText());
            assertThat(c.get("hops").asInt()).isEqualTo(2);
            assertThat(ids(c.get("sources"))).contains(RELEASE, "reference-interpol-members");
            for (JsonNode step : c.get("steps")) {
                assertThat(step.get("sources")).as("every hop has evidence").isNotEmpty();
            }
        }
    }

    @Test
    void reachAsOfAnEarlierDateLeavesOutLaterMembersAndLaterIntelligence() {
        JsonNode before = api.get("/api/intelligence/reach?from=kaspersky-lab&asOf=2012-01-01").json();
        assertThat(before.get("count").asInt()).as("the intelligence starts in 2013").isZero();
        JsonNode in2014 = api.get("/api/intelligence/reach?from=kaspersky-lab&asOf=2014-06-01").json();
        List<String> reached = new ArrayList<>();
        in2014.get("countries").forEach(c -> reached.add(c.get("iso2").asText()));
        assertThat(reached).contains("FR", "SS").doesNotContain("PS", "NR");
    }

    @Test
    void entityShowsItsAliasesAndFactsInBothDirectionsWithSources() {
        JsonNode igci = api.get("/api/entities/igci").json();
        assertThat(texts(igci.get("aliases"))).contains("CMII", "IGCI", "Complexe mondial INTERPOL pour l'innovation");
        List<String> facts = new ArrayList<>();
        igci.get("facts").forEach(f -> facts.add(f.get("direction").asText() + " " + f.get("relation").asText()
                + " " + f.get("other").get("id").asText()));
        assertThat(facts).contains("out PART_OF interpol", "out LOCATED_IN SG", "in SUPPORTS kaspersky-lab",
                "in HOLDS_ROLE noboru-nakatani");
        igci.get("facts").forEach(f -> assertThat(f.get("sources")).isNotEmpty());
    }

    @Test
    void unknownIdsAnswer404AsProblemJson() {
        for (String path : List.of("/api/entities/nobody", "/api/centres/nobody/supporters",
                "/api/intelligence/reach?from=nobody", "/api/centres/ronald-k-noble/supporters")) {
            TestApi.Response r = api.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).contains("no ");
        }
    }

    @Test
    void badParametersAnswer400NamingTheParameter() {
        record Case(String path, String parameter) { }
        for (Case c : List.of(new Case("/api/intelligence/reach", "from"),
                new Case("/api/intelligence/reach?from=kaspersky-lab&maxHops=99", "maxHops"),
                new Case("/api/intelligence/reach?from=kaspersky-lab&maxHops=two", "maxHops"),
                new Case("/api/intelligence/reach?from=kaspersky-lab&asOf=2013-02-30", "asOf"),
                new Case("/api/search?q=%22%7D%60", "q"),
                new Case("/api/search", "q"),
                new Case("/api/search?q=x&limit=0", "limit"),
                new Case("/api/search?q=x&type=Planet", "type"),
                new Case("/api/entities/%27%20OR%201=1", "id"))) {
            TestApi.Response r = api.get(c.path());
            assertThat(r.status()).as(c.path()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("parameter").asText()).as(c.path()).isEqualTo(c.parameter());
            assertThat(r.body()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void unknownRoutesAreProblemJsonToo() {
        TestApi.Response r = api.get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    static JsonNode find(JsonNode array, String id) {
        return find(array, id, "id");
    }

    static JsonNode find(JsonNode array, String id, String field) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + array);
    }

    static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
