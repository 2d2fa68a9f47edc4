package org.coopgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import org.coopgraph.api.ApiServer;
import org.coopgraph.api.OpenApiContract;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The API served on a free port over the test graph, and a small client for it.
 *
 * <p>Every response from an {@code /api/...} operation that the OpenAPI document describes is
 * checked against it (status, content type and, for JSON, the body against the response's
 * schema): a response that does not conform fails the test with an {@link AssertionError}, so
 * every test that talks to the API also checks the document.
 */
public final class TestApi implements ExtensionContext.Store.CloseableResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A response: status, content type, raw body, and the body as JSON when it is JSON. */
    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private static final int BODY_SHOWN = 4000;

    private final ApiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> checked = new ConcurrentSkipListSet<>();

    private TestApi(ApiServer server) {
        this.server = server;
    }

    static TestApi start(TestGraph graph) {
        return start(graph, ApiServer.Options.defaults());
    }

    /** A server with a write token, for the tests of authorisation. */
    public static TestApi start(TestGraph graph, String token) {
        return start(graph, new ApiServer.Options("127.0.0.1", token));
    }

    /** A server with other options (tokens of every role, CORS origins). */
    public static TestApi start(TestGraph graph, ApiServer.Options options) {
        return new TestApi(new ApiServer(graph.graph(), graph.importer(), options).start(0));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public Response get(String pathAndQuery) {
        return get(pathAndQuery, null);
    }

    /** A GET with {@code Authorization: Bearer token} when the token is not null. */
    public Response get(String pathAndQuery, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    public Response post(String pathAndQuery, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    public Response delete(String pathAndQuery, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).DELETE();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
            Response response = new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body());
            checkAgainstTheDocument(built.method(), built.uri().getRawPath(), response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks a response from an {@code /api/...} path against the OpenAPI document, and records
     * the operation and status when the document describes it.
     */
    private void checkAgainstTheDocument(String method, String rawPath, Response r) {
        if (!rawPath.startsWith("/api/")) {
            return;
        }
        OpenApiContract contract = OpenApiContract.get();
        Optional<List<String>> problems = contract.check(method, rawPath, r.status(), r.contentType(), r.body());
        if (problems.isEmpty()) {
            return;
        }
        if (!problems.get().isEmpty()) {
            String body = r.body() == null ? "" : r.body();
            throw new AssertionError("the response to " + method + " " + rawPath + " does not match openapi.yaml:\n  "
                    + String.join("\n  ", problems.get()) + "\nbody: "
                    + (body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "..." : body));
        }
        checked.add(method + " " + contract.template(rawPath) + " " + r.status());
    }

    /** The operations and statuses answered so far and found as the document describes them, as "GET /api/x 200". */
    public Set<String> checked() {
        return new TreeSet<>(checked);
    }

    /** The routes the app registered, as "GET /api/entities/{id}": HTTP methods only, no before/after handlers. */
    public Set<String> routes() {
        Set<String> out = new TreeSet<>();
        for (ParsedEndpoint e : server.javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (e.endpoint.method.isHttpMethod()) {
                out.add(e.endpoint.method.name() + " " + e.endpoint.path);
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.close();
    }
}
