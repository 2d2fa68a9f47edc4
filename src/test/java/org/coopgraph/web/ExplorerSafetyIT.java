package org.coopgraph.web;

import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A release whose title, quotes and entity names carry markup and scripts: the explorer shows all
 * of it as text. Nothing runs, no element is made from it, and the page's CSP is never violated.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerSafetyIT {

    static final String SCRIPT = "<script>window.__pwned = 1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned = 2\">";
    static final String NAME = IMG + "Evil <b>Org</b>";
    static final String TITLE = SCRIPT + " Hostile <i>release</i> & friends";
    static final String QUOTE = SCRIPT + " Evil Org supports the IGCI.";
    static final String EDGE = "evil-org|SUPPORTS|igci|technical";

    private final TestGraph graph;
    private final TestApi api;
    private Browser browser;

    ExplorerSafetyIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeAll
    void importAHostileRelease() {
        graph.reset();
        String bundle = """
                {"release": {"id": "hostile-release-2014", "title": %s, "publishedOn": "2014-02-03", "language": "en",
                             "source": "javascript:window.__pwned = 3",
                             "body": %s},
                 "entities": [{"id": "evil-org", "type": "Organisation", "name": %s, "aliases": [%s],
                               "kind": "company", "country": null, "properties": {}}],
                 "facts": [{"subject": "evil-org", "relation": "SUPPORTS", "object": "igci",
                            "properties": {"kind": "technical"}, "since": "2014", "until": null,
                            "evidence": {"quote": %s, "start": -1, "end": -1}}]}
                """.formatted(json(TITLE), json("Test data. " + QUOTE + " That is all."), json(NAME), json(SCRIPT),
                json(QUOTE));
        ImportOutcome outcome = graph.importer().importBytes("hostile.json", bundle.getBytes(StandardCharsets.UTF_8), false)
                .outcome();
        assertThat(outcome.status()).as(outcome.message()).isIn(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.REPLACED);
        browser = new Browser(api.uri("/"));
    }

    @AfterAll
    void cleanUp() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            graph.reset(); // the classes after this one see the demo data only
        }
    }

    @Test
    void markupFromReleasesIsShownAsTextAndNeverRuns() {
        browser.open("/");
        browser.find("#search").sendKeys("evil");
        assertThat(browser.suggestion("search-list", NAME).getText()).contains(NAME);
        browser.suggestion("search-list", NAME).click();
        browser.waitFor("the hostile entity's neighbourhood", "coopgraph.state.focus === 'evil-org'"
                + " && coopgraph.cy.getElementById('igci').nonempty() && document.querySelector('#panel-body .fields')");
        browser.waitIdle();
        assertThat(browser.find("#panel-body h2").getText()).isEqualTo(NAME);
        assertThat(browser.find("#panel-body").getText()).contains(SCRIPT).contains(TITLE).contains(QUOTE);
        assertNoMarkupFromData("#panel-body");

        browser.clickGraphElement(EDGE);
        browser.waitFor("the hostile fact's evidence", "coopgraph.state.selected === arguments[0]"
                + " && document.querySelector('#panel-body .release-link')", EDGE);
        assertThat(browser.find("#panel-body .release-link").getText()).isEqualTo(TITLE);
        assertThat(browser.find("#panel-body blockquote").getText()).contains(QUOTE);
        assertNoMarkupFromData("#panel-body");

        browser.find("#panel-body .release-link").click();
        browser.waitFor("the hostile release's text", "document.getElementById('reader').open"
                + " && document.querySelector('#reader-body mark')");
        assertThat(browser.find("#reader-title").getText()).isEqualTo(TITLE);
        assertThat(browser.find("#reader-body mark").getText()).isEqualTo(QUOTE);
        assertThat(browser.findAll("#reader-body a")).as("a javascript: source is not made a link").isEmpty();
        assertThat(browser.find("#reader-body").getText()).contains("javascript:window.__pwned = 3");
        assertNoMarkupFromData("#reader");
        browser.screenshot("hostile-release-as-text");

        assertThat(browser.js("return window.__pwned === undefined;")).isEqualTo(true);
        assertThat(browser.pageErrors(List.of())).as("SEVERE entries in the browser console").isEmpty();
    }

    /** No element inside the container came from the data: no script, img, b or i anywhere. */
    private void assertNoMarkupFromData(String container) {
        assertThat(browser.findAll(container + " script, " + container + " img, " + container + " b, " + container + " i"))
                .isEmpty();
        assertThat(browser.js("return window.__pwned === undefined;")).isEqualTo(true);
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
