package org.coopgraph.web;

import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real headless Chromium, against the API over the demo data: what an
 * analyst does with it, by mouse and by keyboard. The page's own console must stay free of errors.
 */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerIT {

    static final String SUPPORT_EDGE = "kaspersky-lab|SUPPORTS|igci|technical";
    static final String INTELLIGENCE_EDGE = "kaspersky-lab|PROVIDES_INTELLIGENCE_TO|interpol|digital intelligence";
    static final String RELEASE_TITLE = "Kaspersky Lab soutiendra le Complexe mondial INTERPOL pour l'innovation";

    private final TestGraph graph;
    private final TestApi api;
    private Browser browser;
    private final List<String> expectedFailures = new ArrayList<>();

    ExplorerIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @BeforeAll
    void startBrowser() {
        graph.reset(); // the demo data only, whatever the classes before left behind
        browser = new Browser(api.uri("/"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() {
        expectedFailures.clear();
        browser.resize(1400, 900);
        browser.open("/");
        browser.drainLog();
    }

    @AfterEach
    void consoleHasNoErrorsFromThePage(TestInfo test) {
        browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
        assertThat(browser.pageErrors(expectedFailures)).as("SEVERE entries in the browser console").isEmpty();
    }

    @Test
    void searchingCmiiOpensTheIgciWithKasperskyLabAndTheEvidenceOfItsSupport() {
        WebElement search = browser.waitVisible("#search");
        search.sendKeys("cmii");
        WebElement option = browser.suggestion("search-list", "INTERPOL Global Complex for Innovation");
        assertThat(option.getText()).as("the alias that matched is shown").contains("CMII");
        option.click();

        browser.waitFor("Kaspersky Lab among the IGCI's neighbours",
                "coopgraph.state.focus === 'igci' && coopgraph.cy.getElementById('kaspersky-lab').nonempty()");
        browser.waitIdle();
        assertThat(browser.shown("kaspersky-lab")).isTrue();
        assertThat(browser.shown(SUPPORT_EDGE)).isTrue();
        assertThat(browser.find("#panel-body h2").getText()).isEqualTo("INTERPOL Global Complex for Innovation");
        assertThat(browser.url()).contains("entity=igci");

        browser.doubleClickGraphElement("kaspersky-lab");
        browser.waitFor("Kaspersky Lab expanded by a double click", "coopgraph.state.expanded.includes('kaspersky-lab')"
                + " && coopgraph.cy.getElementById('eugene-kaspersky').nonempty()");
        browser.waitIdle();
        assertThat(browser.url()).contains("expand=kaspersky-lab");

        browser.clickGraphElement(SUPPORT_EDGE);
        browser.waitFor("the evidence panel of the support edge",
                "coopgraph.state.selected === arguments[0] && document.querySelector('#panel-body .release-link')", SUPPORT_EDGE);
        String panel = browser.find("#panel-body").getText();
        assertThat(panel).contains("Kaspersky Lab supports INTERPOL Global Complex for Innovation")
                .contains("technical").contains("since 2014").contains(RELEASE_TITLE).contains("2013-03-20")
                .contains("Kaspersky Lab committed to give technical support to the IGCI");
        browser.screenshot("explorer");

        browser.find("#panel-body .release-link").click();
        browser.waitFor("the release's text", "document.getElementById('reader').open"
                + " && document.querySelector('#reader-body .release-text p')");
        assertThat(browser.find("#reader-title").getText()).startsWith(RELEASE_TITLE);
        assertThat(browser.find("#reader-body").getText()).contains("2013-03-20").contains("Curated summary");
        assertThat(browser.find("#reader-body mark").getText()).contains("technical support to the IGCI");
        assertThat(browser.url()).contains("release=interpol-2013-03-20-kaspersky-lab-cmii");
        browser.screenshot("release-reader");
        browser.find("#reader-close").sendKeys(Keys.ESCAPE);
        browser.waitFor("the reader to close", "!document.getElementById('reader').open");
        assertThat(browser.url()).doesNotContain("release=");
    }

    @Test
    void typingKaspSuggestsKasperskyLabAndTheKeyboardOpensExpandsAndUndoes() {
        WebElement search = browser.waitVisible("#search");
        search.sendKeys("kasp");
        browser.suggestion("search-list", "Kaspersky Lab");
        List<String> names = browser.findAll("#search-list [role=option] .option-name").stream().map(WebElement::getText).toList();
        for (int i = 0; i <= names.indexOf("Kaspersky Lab"); i++) {
            search.sendKeys(Keys.ARROW_DOWN);
        }
        search.sendKeys(Keys.ENTER);
        browser.waitFor("Kaspersky Lab's neighbourhood", "coopgraph.state.focus === 'kaspersky-lab'"
                + " && ['igci', 'interpol', 'eugene-kaspersky'].every(id => coopgraph.cy.getElementById(id).nonempty())");
        browser.waitIdle();
        browser.screenshot("kaspersky-lab");

        // Arrow keys move the selection from node to node.
        WebElement graphBox = browser.find("#graph");
        graphBox.sendKeys(Keys.ARROW_UP);
        browser.waitFor("another node selected", "coopgraph.state.selected && coopgraph.state.selected !== 'kaspersky-lab'");

        // Enter expands the selected node: INTERPOL is a hub, its ~200 members stay collapsed with a count.
        browser.clickGraphElement("interpol");
        browser.waitFor("INTERPOL selected", "coopgraph.state.selected === 'interpol'");
        browser.find("#graph").sendKeys(Keys.ENTER);
        browser.waitFor("INTERPOL expanded", "coopgraph.state.expanded.includes('interpol')");
        browser.waitIdle();
        assertThat(browser.shown("ronald-k-noble")).isTrue();
        long countries = (Long) browser.js("return coopgraph.cy.nodes('[type = \"Country\"]').length;");
        assertThat(countries).as("member countries stay collapsed").isLessThan(10);
        String group = (String) browser.js("return coopgraph.cy.nodes('.group').map(n => n.data('label')).join('|');");
        assertThat(group).contains("196 × member of");
        assertThat(browser.url()).contains("expand=interpol");
        browser.screenshot("hub-collapsed");

        // U takes the expansion back.
        browser.find("#graph").sendKeys("u");
        browser.waitFor("the expansion undone", "!coopgraph.state.expanded.includes('interpol')"
                + " && coopgraph.cy.getElementById('ronald-k-noble').empty() && coopgraph.cy.nodes('.group').empty()");
        assertThat(browser.shown("igci")).isTrue();
        assertThat(browser.url()).doesNotContain("expand=");
    }

    @Test
    void aHubOpensOnDemand() {
        browser.open("/#entity=interpol");
        browser.waitFor("INTERPOL's collapsed members", "coopgraph.cy.nodes('.group').nonempty()");
        browser.waitIdle();
        browser.clickGraphElement((String) browser.js("return coopgraph.cy.nodes('.group').first().id();"));
        browser.waitFor("the members drawn", "coopgraph.cy.nodes('[type = \"Country\"]').length > 150");
        browser.waitIdle();
        assertThat(browser.shown("FR")).isTrue();
        assertThat(browser.url()).contains("groups=interpol%7CMEMBER_OF");
        browser.screenshot("hub-expanded");
        browser.find("#btn-undo").click();
        browser.waitFor("the members collapsed again", "coopgraph.cy.nodes('[type = \"Country\"]').length < 10"
                + " && coopgraph.cy.nodes('.group').nonempty()");
    }

    @Test
    void tracingKasperskyLabToFranceShowsThePathsThroughInterpolAndTheReach() {
        pick("trace-from", "Kaspersky", "Kaspersky Lab");
        pick("trace-to", "France", "France");
        browser.find("#btn-paths").click();
        browser.waitFor("paths listed, or an error", "document.querySelector('#trace-results .paths li')"
                + " || !document.getElementById('error').hidden");
        assertThat(browser.find("#error").isDisplayed()).as(browser.find("#error").getText()).isFalse();
        browser.waitIdle();
        String first = browser.find("#trace-results .paths li").getText();
        assertThat(first).contains("Kaspersky Lab").contains("INTERPOL").contains("France");
        assertThat(browser.shown("FR")).isTrue();
        assertThat(browser.shown("interpol")).isTrue();
        assertThat((Boolean) browser.js("return coopgraph.cy.getElementById('FR').hasClass('endpoint');")).isTrue();
        assertThat(browser.url()).contains("paths=kaspersky-lab%2CFR");
        browser.screenshot("trace-kaspersky-lab-france");

        browser.find("#btn-reach").click();
        browser.waitFor("the countries reached", "coopgraph.state.mode === 'reach' && document.querySelector('#trace-results .reach li')");
        browser.waitIdle();
        assertThat(browser.find("#trace-results .result-head").getText()).contains("Kaspersky Lab's intelligence reaches");
        WebElement france = browser.find("#trace-results .reach-item[data-id='FR']");
        assertThat(france.getText()).contains("France").contains("2 hops");
        assertThat((Boolean) browser.js("return coopgraph.cy.getElementById('FR').hasClass('reached');")).isTrue();
        france.click();
        browser.waitFor("France's evidence", "coopgraph.state.selected === 'FR' && document.querySelector('#panel-body h2')");
        assertThat(browser.url()).contains("reach=kaspersky-lab");
        browser.screenshot("reach-kaspersky-lab");
    }

    @Test
    void movingTheTimeSliderBefore2013HidesTheSupportEdge() {
        browser.open("/#entity=igci");
        browser.waitFor("the support edge", "coopgraph.cy.getElementById(arguments[0]).nonempty()", SUPPORT_EDGE);
        browser.waitIdle();
        assertThat(browser.shown(SUPPORT_EDGE)).isTrue();

        WebElement to = browser.find("#year-to");
        for (int i = 0; i < 200 && Integer.parseInt(to.getAttribute("value")) > 2012; i++) {
            to.sendKeys(Keys.ARROW_LEFT);
        }
        assertThat(to.getAttribute("value")).isEqualTo("2012");
        browser.waitFor("the support edge hidden", "!coopgraph.cy.getElementById(arguments[0]).visible()", SUPPORT_EDGE);
        assertThat(browser.shown("kaspersky-lab")).as("no fact links Kaspersky Lab to the IGCI before 2014").isFalse();
        assertThat(browser.shown("noboru-nakatani")).as("an undated fact stays").isTrue();
        assertThat(browser.find("#time-summary").getText()).isEqualTo("Facts true up to the end of 2012");
        assertThat(browser.find("#year-to-out").getText()).isEqualTo("2012");
        assertThat(browser.url()).contains("to=2012");
        assertThat(browser.find("#panel-body").getText()).contains("outside the time window");
        browser.screenshot("time-window-before-2013");

        to.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.waitFor("the support edge back in 2014", "coopgraph.cy.getElementById(arguments[0]).visible()", SUPPORT_EDGE);
        assertThat(browser.url()).contains("to=2014");
    }

    @Test
    void aSharedUrlReopensTheSameView() {
        browser.open("/#entity=igci");
        browser.waitFor("the IGCI's neighbourhood", "coopgraph.cy.getElementById('kaspersky-lab').nonempty()");
        browser.waitIdle();
        browser.clickGraphElement("kaspersky-lab");
        browser.waitFor("Kaspersky Lab's panel", "coopgraph.state.selected === 'kaspersky-lab'"
                + " && [...document.querySelectorAll('#panel-body .actions button')].some(b => b.textContent === 'Expand')");
        browser.driver().findElement(By.xpath("//div[@id='panel-body']//button[text()='Expand']")).click();
        browser.waitFor("Kaspersky Lab expanded", "coopgraph.state.expanded.includes('kaspersky-lab')"
                + " && coopgraph.cy.getElementById('eugene-kaspersky').nonempty()");
        browser.waitIdle();
        browser.clickGraphElement("noboru-nakatani");
        browser.waitFor("Noboru Nakatani's panel", "coopgraph.state.selected === 'noboru-nakatani'");
        browser.find("#graph").sendKeys("h");
        browser.waitFor("Noboru Nakatani hidden", "!coopgraph.cy.getElementById('noboru-nakatani').visible()");
        browser.find("[data-type='Country']").click();
        WebElement to = browser.find("#year-to");
        for (int i = 0; i < 200 && Integer.parseInt(to.getAttribute("value")) > 2020; i++) {
            to.sendKeys(Keys.ARROW_LEFT);
        }
        browser.waitFor("the URL to carry the window", "location.hash.includes('to=2020')");
        browser.waitIdle();
        browser.clickGraphElement(INTELLIGENCE_EDGE);
        browser.waitFor("the intelligence edge selected", "coopgraph.state.selected === arguments[0]"
                + " && document.querySelector('#panel-body .release-link')", INTELLIGENCE_EDGE);
        Map<String, Object> before = view();
        String shared = browser.url();
        assertThat(shared).contains("entity=igci").contains("expand=kaspersky-lab").contains("hide=noboru-nakatani")
                .contains("notypes=Country").contains("to=2020").contains("select=");

        browser.driver().get("about:blank");
        browser.driver().get(shared);
        awaitSharedView();
        assertThat(view()).isEqualTo(before);
        assertThat(browser.url()).isEqualTo(shared);
        browser.screenshot("shared-url-reopened");

        browser.driver().navigate().refresh();
        awaitSharedView();
        assertThat(view()).isEqualTo(before);
    }

    private void awaitSharedView() {
        browser.waitFor("the shared view", "window.coopgraph && coopgraph.state.selected === arguments[0]"
                + " && document.querySelector('#panel-body .release-link')", INTELLIGENCE_EDGE);
        browser.waitIdle();
    }

    @Test
    void errorsFromTheApiAreShownInWords() {
        expectedFailures.add("no-such-entity");
        browser.open("/#entity=no-such-entity");
        WebElement error = browser.waitVisible("#error");
        assertThat(error.getText()).contains("Not found").contains("no entity with id 'no-such-entity'");
        browser.screenshot("api-error");
        browser.find("#error-close").click();
        browser.waitFor("the error dismissed", "document.getElementById('error').hidden");

        WebElement search = browser.find("#search");
        search.clear();
        search.sendKeys("zzqqxxw");
        browser.waitFor("an empty answer in words", "document.querySelector('#search-list .message')"
                + " && document.querySelector('#search-list .message').textContent.startsWith('No entity matches')");
    }

    @Test
    void aNarrowWindowStacksTheGraphAboveTheEvidence() {
        browser.resize(560, 900);
        browser.open("/#entity=igci");
        browser.waitFor("the IGCI's neighbourhood", "coopgraph.cy.getElementById('kaspersky-lab').nonempty()");
        browser.waitIdle();
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling").isTrue();
        assertThat(browser.find("#search").isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.js("const g = document.getElementById('graph').getBoundingClientRect();"
                + "const p = document.getElementById('panel').getBoundingClientRect();"
                + "return {gw: g.width, gh: g.height, gb: g.bottom, pt: p.top};");
        assertThat(((Number) box.get("gh")).doubleValue()).isGreaterThan(300);
        assertThat(((Number) box.get("gw")).doubleValue()).isGreaterThan(500);
        assertThat(((Number) box.get("pt")).doubleValue()).as("the evidence below the graph")
                .isGreaterThanOrEqualTo(((Number) box.get("gb")).doubleValue());
        assertThat(browser.shown("kaspersky-lab")).isTrue();
        browser.screenshot("narrow-window");
    }

    @Test
    void theViewExportsAsGraphmlAndPng() throws Exception {
        browser.open("/#entity=igci");
        browser.waitFor("the IGCI's neighbourhood", "coopgraph.cy.getElementById('kaspersky-lab').nonempty()");
        browser.waitIdle();
        browser.find("#btn-graphml").click();
        Path graphml = browser.download(".graphml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(graphml.toFile());
        Set<String> nodes = new HashSet<>();
        NodeList nl = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < nl.getLength(); i++) {
            nodes.add(((Element) nl.item(i)).getAttribute("id"));
        }
        assertThat(nodes).contains("igci", "kaspersky-lab", "interpol", "SG", "noboru-nakatani");
        Set<String> edges = new HashSet<>();
        NodeList el = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        for (int i = 0; i < el.getLength(); i++) {
            edges.add(((Element) el.item(i)).getAttribute("id"));
        }
        assertThat(edges).contains(SUPPORT_EDGE);
        assertThat(Files.readString(graphml)).contains("interpol-2013-03-20-kaspersky-lab-cmii (2013-03-20)");

        browser.find("#btn-png").click();
        Path png = browser.download(".png");
        byte[] head = Files.readAllBytes(png);
        assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        browser.screenshot("exported");
    }

    /** Types into a trace field and picks the suggestion with that name. */
    private void pick(String inputId, String typed, String name) {
        WebElement input = browser.find("#" + inputId);
        input.sendKeys(typed);
        browser.suggestion(inputId + "-list", name).click();
        browser.waitFor(name + " chosen", "document.getElementById(arguments[0]).dataset.id", inputId);
    }

    /** What the analyst sees: the elements drawn, the selection and its panel, the filters. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> view() {
        return (Map<String, Object>) browser.js("const cy = coopgraph.cy;"
                + "return {nodes: cy.nodes().filter(n => n.visible()).map(n => n.id()).sort().join(','),"
                + " edges: cy.edges().filter(e => e.visible()).map(e => e.id()).sort().join(','),"
                + " selected: coopgraph.state.selected,"
                + " panel: document.querySelector('#panel-body h2').textContent,"
                + " from: document.getElementById('year-from').value, to: document.getElementById('year-to').value,"
                + " types: [...document.querySelectorAll('[data-type]')].map(b => b.checked).join(','),"
                + " relations: [...document.querySelectorAll('[data-relation]')].map(b => b.checked).join(','),"
                + " hidden: document.getElementById('hidden-list').textContent};");
    }
}
