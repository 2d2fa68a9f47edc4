package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.WithNeo4j;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The document names exactly the routes the app serves, and the app serves the document and its page. */
@WithNeo4j
class OpenApiRoutesIT {

    private final TestApi api;
    private final OpenApiContract contract = OpenApiContract.get();

    OpenApiRoutesIT(TestApi api) {
        this.api = api;
    }

    @Test
    void everyRouteIsInTheDocumentAndEveryOperationInItIsARoute() {
        Set<String> routes = api.routes();
        Set<String> documented = contract.operations();
        Set<String> undocumented = new TreeSet<>(routes);
        undocumented.removeAll(documented);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(routes);
        assertThat(undocumented).as("routes the app serves that openapi.yaml does not describe").isEmpty();
        assertThat(missing).as("operations openapi.yaml describes that the app does not serve").isEmpty();
        assertThat(routes).contains("GET /api/health", "POST /api/releases", "DELETE /api/releases/{id}",
                "GET /openapi.json");
    }

    @Test
    void theDocumentIsServedAsYamlAndAsTheSameJson() throws Exception {
        TestApi.Response yaml = api.get("/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.body()).isEqualTo(contract.yaml());

        TestApi.Response json = api.get("/openapi.json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonNode served = json.json();
        assertThat(served).isEqualTo(contract.document());
        assertThat(served.path("openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromTheServerWithoutInlineScript() {
        TestApi.Response page = api.get("/api/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Document html = Jsoup.parse(page.body());
        List<String> assets = new ArrayList<>();
        for (Element script : html.select("script")) {
            assertThat(script.data()).as("inline script in /api/docs").isBlank();
            assertThat(script.hasAttr("src")).isTrue();
            assets.add(script.attr("src"));
        }
        html.select("link[href]").forEach(l -> assets.add(l.attr("href")));
        assertThat(html.select("[onload], [onclick], [onerror]")).as("inline event handlers").isEmpty();
        String ui = "/webjars/swagger-ui/" + OpenApiRoutes.swaggerUiVersion() + "/";
        assertThat(assets).contains(ui + "swagger-ui-bundle.js", ui + "swagger-ui.css", "/api/docs/init.js");
        for (String asset : assets) {
            assertThat(asset).as("served by this server, not a CDN").startsWith("/");
            TestApi.Response r = api.get(asset);
            assertThat(r.status()).as(asset).isEqualTo(200);
            assertThat(r.body()).as(asset).isNotEmpty();
        }

        TestApi.Response init = api.get("/api/docs/init.js");
        assertThat(init.contentType()).startsWith("text/javascript");
        assertThat(init.body()).contains("SwaggerUIBundle(", "'/openapi.json'", "'#swagger-ui'");
        assertThat(html.select("#swagger-ui")).hasSize(1);
    }
}
