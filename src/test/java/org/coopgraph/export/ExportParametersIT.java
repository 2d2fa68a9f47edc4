package org.coopgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad parameters answer 4xx problem documents that name the parameter, before any export starts. */
@WithNeo4j
class ExportParametersIT {

    private final TestApi api;

    ExportParametersIT(TestApi api) {
        this.api = api;
    }

    @Test
    void anUnknownFormatIsABadParameter() {
        problem("/api/export?format=pdf", 400, "format");
        problem("/api/export", 400, "format");
    }

    @Test
    void anUnknownEntityIsNotFound() {
        JsonNode p = problem("/api/export?format=graphml&around=nobody", 404, null);
        assertThat(p.get("detail").asText()).contains("nobody");
    }

    @Test
    void depthOutOfRangeOrMalformedIsABadParameter() {
        problem("/api/export?format=graphml&around=igci&depth=9", 400, "depth");
        problem("/api/export?format=graphml&around=igci&depth=0", 400, "depth");
        problem("/api/export?format=json&around=igci&depth=two", 400, "depth");
    }

    @Test
    void otherMalformedParametersAreBadParameters() {
        problem("/api/export?format=graphml&around=%3Cscript%3E", 400, "around");
        problem("/api/export?format=csv&mentions=yes", 400, "mentions");
        problem("/api/export?format=csv&part=both", 400, "part");
        problem("/api/export?format=graphml&part=nodes", 400, "part");
    }

    private JsonNode problem(String path, int status, String parameter) {
        TestApi.Response r = api.get(path);
        assertThat(r.status()).as(path).isEqualTo(status);
        assertThat(r.contentType()).as(path).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        if (parameter != null) {
            assertThat(body.get("parameter").asText()).as(path).isEqualTo(parameter);
            assertThat(body.get("detail").asText()).as(path).contains(parameter);
        }
        return body;
    }
}
