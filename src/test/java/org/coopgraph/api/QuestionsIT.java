package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.ReferenceQuestionsIT.find;
import static org.coopgraph.api.ReferenceQuestionsIT.ids;
import static org.coopgraph.api.ReferenceQuestionsIT.texts;

/**
 * Every analyst question against the demo data, the team's release corpus and a curated test
 * bundle (units of the IGCI, a 2015 memorandum), through HTTP and the real database.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionsIT {

    static final String DEMO = ReferenceQuestionsIT.RELEASE;
    static final String BUNDLE = "test-bundle-igci-units-2015";

    private final TestGraph graph;
    private final TestApi api;

    QuestionsIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeAll
    void importCorpusAndBundle() {
        graph.reset();
        Importer importer = graph.importer();
        for (Path dir : List.of(Path.of("src/test/resources/releases"), Path.of("src/test/resources/bundles"))) {
            for (Path file : ReleaseFiles.walk(List.of(dir))) {
                ImportOutcome o = importer.importFile(file, false).outcome();
                assertThat(o.status()).as(file + ": " + o.message()).isNotEqualTo(ImportOutcome.Status.REFUSED);
            }
        }
    }

    @Test
    void supportersIncludeThoseOfTheCentresUnitsWithThePathShown() {
        JsonNode supporters = api.get("/api/centres/igci/supporters").json().get("supporters");
        JsonNode trend = find(supporters, "trend-micro");
        JsonNode viaUnit = null;
        for (JsonNode f : trend.get("facts")) {
            if (f.get("via").size() == 2) {
                viaUnit = f;
            }
        }
        assertThat(viaUnit).as("Trend Micro supports the IGCI through its Digital Crime Centre").isNotNull();
        assertThat(ids(viaUnit.get("via"))).containsExactly("interpol-digital-crime-centre", "igci");
        assertThat(ids(viaUnit.get("sources"))).contains(BUNDLE);
        assertThat(ids(supporters)).contains("kaspersky-lab");
    }

    @Test
    void supportMatrixFiltersByKindAndDate() {
        JsonNode all = api.get("/api/support?kind=company").json().get("pairs");
        List<String> pairs = new ArrayList<>();
        all.forEach(p -> {
            pairs.add(p.get("supporter").get("id").asText() + ">" + p.get("supported").get("id").asText());
            assertThat(p.get("supporterKind").asText()).isEqualTo("company");
        });
        assertThat(pairs).contains("kaspersky-lab>igci", "trend-micro>interpol-digital-crime-centre");
        JsonNode early = api.get("/api/support?kind=company&asOf=2014-06-01").json().get("pairs");
        List<String> earlyPairs = new ArrayList<>();
        early.forEach(p -> earlyPairs.add(p.get("supporter").get("id").asText() + ">" + p.get("supported").get("id").asText()));
        assertThat(earlyPairs).contains("kaspersky-lab>igci").doesNotContain("trend-micro>interpol-digital-crime-centre");
    }

    @Test
    void intelligenceSourcesOfACountryNameWhoseIntelligenceReachesItAndThroughWhom() {
        JsonNode body = api.get("/api/intelligence/sources?country=FR").json();
        JsonNode kaspersky = null;
        for (JsonNode p : body.get("providers")) {
            if (p.get("source").get("id").asText().equals("kaspersky-lab")) {
                kaspersky = p;
            }
        }
        assertThat(kaspersky).isNotNull();
        assertThat(texts(kaspersky.get("path"))).containsExactly("kaspersky-lab", "interpol", "FR");
        assertThat(ids(kaspersky.get("through"))).containsExactly("interpol");
        assertThat(api.get("/api/intelligence/sources?country=ZZ").status()).isEqualTo(404);
        assertThat(api.get("/api/intelligence/sources?country=SS&asOf=2010-01-01").json().get("count").asInt()).isZero();
    }

    @Test
    void pathFromKasperskyLabToFranceRunsThroughInterpolWithASourceOnEveryHop() {
        JsonNode paths = api.get("/api/paths?from=kaspersky-lab&to=FR").json().get("paths");
        assertThat(paths).isNotEmpty();
        JsonNode shortest = paths.get(0);
        assertThat(ids(shortest.get("nodes"))).containsExactly("kaspersky-lab", "interpol", "FR");
        for (JsonNode hop : shortest.get("hops")) {
            assertThat(hop.get("sources")).as(hop.toString()).isNotEmpty();
        }
        assertThat(shortest.get("hops").get(1).get("relation").asText()).isEqualTo("MEMBER_OF");
        assertThat(shortest.get("hops").get(1).get("direction").asText()).isEqualTo("backward");
    }

    @Test
    void pathsGiveAlternativesAndHonourTheRelationFilter() {
        JsonNode paths = api.get("/api/paths?from=kaspersky-lab&to=interpol&limit=5").json().get("paths");
        assertThat(paths.size()).isBetween(2, 5);
        Set<String> distinct = new HashSet<>();
        paths.forEach(p -> distinct.add(p.get("hops").toString()));
        assertThat(distinct).hasSize(paths.size());
        for (int i = 1; i < paths.size(); i++) {
            assertThat(paths.get(i).get("length").asInt()).isGreaterThanOrEqualTo(paths.get(i - 1).get("length").asInt());
        }
        JsonNode onlyRoles = api.get("/api/paths?from=kaspersky-lab&to=FR&relations=HOLDS_ROLE").json().get("paths");
        assertThat(onlyRoles).isEmpty();
        assertThat(api.get("/api/paths?from=kaspersky-lab&to=FR&relations=LIKES").status()).isEqualTo(400);
    }

    @Test
    void aHubsNeighbourhoodComesInPagesWithCountsPerRelation() {
        JsonNode first = api.get("/api/entities/interpol/neighbourhood?relations=MEMBER_OF&limit=50").json();
        long members = 0;
        for (JsonNode c : first.get("counts")) {
            if (c.get("relation").asText().equals("MEMBER_OF")) {
                members = c.get("count").asLong();
            }
        }
        assertThat(members).isEqualTo(196);
        Set<String> seen = new HashSet<>();
        JsonNode page = first;
        int pages = 0;
        while (true) {
            pages++;
            assertThat(page.get("elements").get("edges").size()).isLessThanOrEqualTo(50);
            page.get("elements").get("edges").forEach(e -> assertThat(seen.add(e.get("data").get("id").asText())).isTrue());
            if (page.get("nextCursor").isNull()) {
                break;
            }
            page = api.get("/api/entities/interpol/neighbourhood?relations=MEMBER_OF&limit=50&cursor="
                    + page.get("nextCursor").asText()).json();
        }
        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(196);
    }

    @Test
    void neighbourhoodFiltersByTypeRelationAndTimeWindow() {
        JsonNode igci = api.get("/api/entities/igci/neighbourhood").json();
        assertThat(edgeKeys(igci)).contains("kaspersky-lab SUPPORTS igci", "igci PART_OF interpol");
        JsonNode before2013 = api.get("/api/entities/igci/neighbourhood?to=2012-12-31").json();
        assertThat(edgeKeys(before2013)).doesNotContain("kaspersky-lab SUPPORTS igci").contains("igci PART_OF interpol");
        JsonNode people = api.get("/api/entities/igci/neighbourhood?types=Person").json();
        people.get("elements").get("nodes").forEach(n -> {
            if (!n.get("data").get("id").asText().equals("igci")) {
                assertThat(n.get("data").get("type").asText()).isEqualTo("Person");
            }
        });
        JsonNode depth2 = api.get("/api/entities/igci/neighbourhood?depth=2&relations=PART_OF,SUPPORTS&limit=100").json();
        assertThat(edgeKeys(depth2)).contains("trend-micro SUPPORTS interpol-digital-crime-centre");
        assertThat(api.get("/api/entities/igci/neighbourhood?depth=3").status()).isEqualTo(400);
        assertThat(api.get("/api/entities/igci/neighbourhood?from=2015&to=2014").status()).isEqualTo(400);
    }

    @Test
    void timelineListsDatedFactsEventsAgreementsAndReleasesInOrder() {
        JsonNode items = api.get("/api/entities/trend-micro/timeline").json().get("items");
        List<String> kinds = new ArrayList<>();
        String previous = "";
        for (JsonNode item : items) {
            assertThat(item.get("date").asText()).isGreaterThanOrEqualTo(previous);
            previous = item.get("date").asText();
            kinds.add(item.get("kind").asText());
        }
        assertThat(kinds).contains("fact-start", "agreement", "event", "release");
        JsonNode kaspersky = api.get("/api/entities/kaspersky-lab/timeline?from=2013&to=2013-12-31").json().get("items");
        kaspersky.forEach(i -> assertThat(i.get("date").asText()).startsWith("2013"));
        List<String> dates = new ArrayList<>();
        api.get("/api/entities/kaspersky-lab/timeline").json().get("items").forEach(i -> dates.add(i.get("date").asText()));
        assertThat(dates).contains("2013-03-20", "2014");
    }

    @Test
    void rolesFromThePersonAndFromTheOrganisationIncludingUnits() {
        JsonNode noble = api.get("/api/people/ronald-k-noble/roles").json().get("roles");
        assertThat(noble.get(0).get("organisation").get("id").asText()).isEqualTo("interpol");
        assertThat(noble.get(0).get("until").asText()).isEqualTo("2014");
        assertThat(noble.get(0).get("current").asBoolean()).isFalse();
        JsonNode people = api.get("/api/organisations/interpol/people").json().get("people");
        List<String> who = new ArrayList<>();
        people.forEach(p -> who.add(p.get("person").get("id").asText()));
        assertThat(who).contains("jurgen-stock", "ronald-k-noble", "noboru-nakatani");
        assertThat(who.indexOf("jurgen-stock")).as("current roles first").isLessThan(who.indexOf("ronald-k-noble"));
        assertThat(api.get("/api/people/interpol/roles").status()).isEqualTo(404);
    }

    @Test
    void searchRanksFiltersByTypeAndFindsFrenchAliases() {
        JsonNode r = api.get("/api/search?q=criminalite%20numerique").json().get("results");
        assertThat(ids(r)).contains("interpol-digital-crime-centre");
        JsonNode people = api.get("/api/search?q=kaspersky&type=Person").json().get("results");
        assertThat(ids(people)).containsExactly("eugene-kaspersky");
        JsonNode orgs = api.get("/api/search?q=kaspersky&type=Organisation").json().get("results");
        assertThat(ids(orgs).get(0)).isEqualTo("kaspersky-lab");
    }

    @Test
    void brokersPutInterpolAtTheHubOfTheNetwork() {
        JsonNode body = api.get("/api/analytics/brokers?limit=5").json();
        assertThat(body.get("brokers").get(0).get("organisation").get("id").asText()).isIn("interpol", "igci");
        List<String> top = new ArrayList<>();
        body.get("brokers").forEach(b -> top.add(b.get("organisation").get("id").asText()));
        assertThat(top).contains("interpol");
        assertThat(body.get("approximate").asBoolean()).isFalse();
    }

    @Test
    void factsArePagedAndFilterableBySourceRelationConfidenceAndDate() {
        JsonNode demo = api.get("/api/facts?source=" + DEMO + "&limit=1000").json().get("facts");
        assertThat(demo.size()).isEqualTo(17);
        demo.forEach(f -> assertThat(ids(f.get("sources"))).contains(DEMO));
        JsonNode supports = api.get("/api/facts?relation=SUPPORTS&minConfidence=1").json().get("facts");
        supports.forEach(f -> {
            assertThat(f.get("relation").asText()).isEqualTo("SUPPORTS");
            assertThat(f.get("confidence").asDouble()).isEqualTo(1.0);
        });
        JsonNode page1 = api.get("/api/facts?limit=10").json();
        JsonNode page2 = api.get("/api/facts?limit=10&cursor=" + page1.get("nextCursor").asText()).json();
        assertThat(page1.get("facts").get(0)).isNotEqualTo(page2.get("facts").get(0));
        assertThat(api.get("/api/facts?limit=10").json()).isEqualTo(page1);
        JsonNode ended = api.get("/api/facts?relation=HOLDS_ROLE&since=2015").json().get("facts");
        assertThat(ended).isNotEmpty();
        ended.forEach(f -> assertThat(f.get("until").isNull() || f.get("until").asText().compareTo("2015") >= 0)
                .as(f.toString()).isTrue());
        assertThat(api.get("/api/facts?source=nothing-like-it").status()).isEqualTo(404);
        assertThat(api.get("/api/facts?minConfidence=2").status()).isEqualTo(400);
    }

    @Test
    void statsCountLabelsRelationsAndReleases() {
        JsonNode stats = api.get("/api/stats").json();
        assertThat(stats.get("labels").get("Country").asLong()).isGreaterThanOrEqualTo(249);
        assertThat(stats.get("relations").get("MEMBER_OF").asLong()).isGreaterThanOrEqualTo(196);
        assertThat(stats.get("totals").get("releases").asLong()).isGreaterThanOrEqualTo(37);
        assertThat(stats.get("lastImport").asText()).isNotEmpty();
    }

    private static List<String> edgeKeys(JsonNode neighbourhood) {
        List<String> out = new ArrayList<>();
        neighbourhood.get("elements").get("edges").forEach(e -> out.add(e.get("data").get("source").asText() + " "
                + e.get("data").get("relation").asText() + " " + e.get("data").get("target").asText()));
        return out;
    }
}
