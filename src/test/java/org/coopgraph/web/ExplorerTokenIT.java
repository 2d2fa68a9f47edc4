package org.coopgraph.web;

import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server started with a token wants it for reads too: the explorer says so in words, asks for
 * the token, keeps it for the tab and sends it with every request.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTokenIT {

    static final String TOKEN = "explorer-test-token-4b1d";

    private final TestGraph graph;
    private TestApi api;
    private Browser browser;

    ExplorerTokenIT(TestGraph graph) {
        this.graph = graph;
    }

    @BeforeAll
    void start() {
        api = TestApi.start(graph, TOKEN);
        browser = new Browser(api.uri("/"));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (api != null) {
                api.close();
            }
        }
    }

    @Test
    void theExplorerAsksForTheTokenAndThenWorks() {
        browser.open("/#entity=igci");
        WebElement error = browser.waitVisible("#error");
        assertThat(error.getText()).contains("Unauthorized");
        WebElement input = browser.waitVisible("#token");
        browser.screenshot("token-asked");
        input.sendKeys(TOKEN);
        browser.find("#token-form button[type=submit]").click();
        browser.waitFor("the view with the token", "coopgraph.cy.getElementById('kaspersky-lab').nonempty()"
                + " && document.getElementById('error').hidden");
        browser.waitIdle();
        assertThat(browser.shown("kaspersky-lab")).isTrue();
        assertThat(browser.js("return sessionStorage.getItem('coopgraph.token');")).isEqualTo(TOKEN);

        WebElement search = browser.find("#search");
        search.clear();
        search.sendKeys("kasp");
        browser.suggestion("search-list", "Kaspersky Lab").click();
        browser.waitFor("Kaspersky Lab opened with the token", "coopgraph.state.focus === 'kaspersky-lab'"
                + " && coopgraph.cy.getElementById('eugene-kaspersky').nonempty()");
        browser.screenshot("token-used");
        assertThat(browser.pageErrors(List.of("/api/entities/igci"))).as("SEVERE entries in the browser console").isEmpty();
    }
}
