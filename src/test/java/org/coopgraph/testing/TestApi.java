package org.coopgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopgraph.api.ApiServer;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The API served on a free port over the test graph, and a small client for it. */
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

    private final ApiServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestApi(ApiServer server) {
        this.server = server;
    }

    static TestApi start(TestGraph graph) {
        return start(graph, null);
    }

    /** A server with a write token, for the tests of authorisation. */
    public static TestApi start(TestGraph graph, String token) {
        return new TestApi(new ApiServer(graph.graph(), graph.importer(), new ApiServer.Options("127.0.0.1", token))
                .start(0));
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
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
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
