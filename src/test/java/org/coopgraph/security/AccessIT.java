package org.coopgraph.security;

import org.coopgraph.api.ApiServer;
import org.coopgraph.api.Tokens;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens with roles, security headers and CORS, against a server over the real graph. */
@WithNeo4j
class AccessIT {

    private final TestGraph graph;
    private final HttpClient http = HttpClient.newHttpClient();

    AccessIT(TestGraph graph) {
        this.graph = graph;
    }

    @Test
    void rolesGateReadsWritesAndTokenManagement(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        Tokens setup = Tokens.load(file, null);
        String reader = setup.add("ann", Tokens.Role.READER);
        String editor = setup.add("bob", Tokens.Role.EDITOR);
        String admin = setup.add("cat", Tokens.Role.ADMIN);
        assertThat(Files.readString(file)).doesNotContain(reader, editor, admin).contains("ann reader ");

        try (ApiServer server = start(Tokens.load(file, null), List.of())) {
            assertThat(status(server, "GET", "/api/search?q=cmii", null)).isEqualTo(401);
            assertThat(status(server, "GET", "/api/search?q=cmii", "not-a-token")).isEqualTo(401);
            assertThat(status(server, "GET", "/api/search?q=cmii", reader)).isEqualTo(200);
            assertThat(status(server, "GET", "/api/health", null)).as("health stays open").isEqualTo(200);
            assertThat(status(server, "POST", "/api/releases?dryRun=true", reader)).isEqualTo(403);
            assertThat(status(server, "POST", "/api/releases?dryRun=true", editor)).isEqualTo(200);
            assertThat(status(server, "GET", "/api/admin/tokens", editor)).isEqualTo(403);
            HttpResponse<String> listed = send(server, "GET", "/api/admin/tokens", admin);
            assertThat(listed.body()).contains("\"ann\"", "\"reader\"").doesNotContain(reader, editor, admin);

            HttpResponse<String> created = send(server, "POST", "/api/admin/tokens?id=dan&role=reader", admin);
            assertThat(created.statusCode()).isEqualTo(201);
            String dan = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(status(server, "GET", "/api/stats", dan)).isEqualTo(200);
            assertThat(status(server, "DELETE", "/api/admin/tokens/dan", admin)).isEqualTo(204);
            assertThat(status(server, "GET", "/api/stats", dan)).isEqualTo(401);
            assertThat(Files.readString(file)).doesNotContain("dan ");
            HttpResponse<String> denied = send(server, "GET", "/api/stats", null);
            assertThat(denied.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void theSingleEnvironmentTokenIsAnEditorToken() throws Exception {
        try (ApiServer server = start(Tokens.load(null, "env-token"), List.of())) {
            assertThat(status(server, "POST", "/api/releases?dryRun=true", "env-token")).isEqualTo(200);
            assertThat(status(server, "POST", "/api/releases?dryRun=true", null)).isEqualTo(401);
        }
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() throws Exception {
        try (ApiServer server = start(Tokens.none(), List.of())) {
            for (String path : List.of("/", "/api/health", "/api/entities/nobody")) {
                HttpResponse<String> r = send(server, "GET", path, null);
                assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                        .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
                assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            }
        }
    }

    @Test
    void corsIsOffByDefaultAndAllowsOnlyConfiguredOrigins() throws Exception {
        try (ApiServer closed = start(Tokens.none(), List.of())) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(closed, "/api/health"))
                    .header("Origin", "https://notebook.example").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        try (ApiServer open = start(Tokens.none(), List.of("https://notebook.example"))) {
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(uri(open, "/api/health"))
                    .header("Origin", "https://notebook.example").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).contains("https://notebook.example");
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(uri(open, "/api/health"))
                    .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    private ApiServer start(Tokens tokens, List<String> cors) {
        return new ApiServer(graph.graph(), graph.importer(), new ApiServer.Options("127.0.0.1", tokens, cors)).start(0);
    }

    private int status(ApiServer server, String method, String path, String token) throws Exception {
        return send(server, method, path, token).statusCode();
    }

    private HttpResponse<String> send(ApiServer server, String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, path))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("Title\n\nEuropol will support EC3.")
                        : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "text/plain");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ApiServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
