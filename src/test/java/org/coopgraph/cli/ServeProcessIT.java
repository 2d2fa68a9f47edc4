package org.coopgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a user runs it: {@code serve} on the embedded default, stopped with SIGTERM
 * and started again on the same data, and refusing a server it cannot reach. Runs after
 * {@code package}, so {@code target/coopgraph.jar} exists.
 */
class ServeProcessIT {

    static final Path JAR = Path.of("target", "coopgraph.jar");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void restartOnTheSameDataKeepsEverythingAndDuplicatesNothing(@TempDir Path data) throws Exception {
        int port = freePort();
        JsonNode first;
        Process p = serve(data, port, Map.of());
        try {
            awaitHealth(port, p);
            first = stats(port);
            assertThat(get(port, "/api/search?q=cmii").body()).contains("\"igci\"");
        } finally {
            stop(p);
        }
        assertThat(p.exitValue()).as("SIGTERM closes cleanly").isIn(0, 143);
        assertThat(Files.list(data).toList()).isNotEmpty();

        Process again = serve(data, port, Map.of());
        try {
            awaitHealth(port, again);
            assertThat(stats(port)).isEqualTo(first);
        } finally {
            stop(again);
        }
    }

    @Test
    void anUnreachableServerIsAOneLineErrorAndANonZeroExit() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command("serve", "--port", String.valueOf(freePort())));
        pb.environment().put("NEO4J_URI", "bolt://127.0.0.1:1");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes()).strip();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.NO_DATABASE);
        assertThat(err.lines().filter(l -> l.startsWith("coopgraph:")).toList()).hasSize(1);
        assertThat(err).contains("bolt://127.0.0.1:1").doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void aBadOptionIsAUsageError() throws Exception {
        Process p = new ProcessBuilder(command("serve", "--port", "not-a-port")).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(ExitCodes.USAGE);
        assertThat(new String(p.getErrorStream().readAllBytes())).contains("--port");
    }

    @Test
    void versionAndHelpWorkOnEveryCommand() throws Exception {
        for (String cmd : List.of("serve", "migrate", "import")) {
            Process p = new ProcessBuilder(command(cmd, "--version")).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(p.getInputStream().readAllBytes())).startsWith("coopgraph ");
            Process h = new ProcessBuilder(command(cmd, "--help")).start();
            assertThat(h.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(h.exitValue()).isZero();
            assertThat(new String(h.getInputStream().readAllBytes())).contains("Usage: coopgraph " + cmd);
        }
    }

    private Process serve(Path data, int port, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command("serve", "--data", data.toString(), "--port",
                String.valueOf(port), "--bolt-port", "0"));
        pb.environment().remove("NEO4J_URI");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolveSibling(data.getFileName() + "-serve.log").toFile());
        return pb.start();
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void awaitHealth(int port, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("serve exited early").isTrue();
            try {
                if (get(port, "/api/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no health within 180 s");
    }

    private JsonNode stats(int port) throws Exception {
        JsonNode reach = json.readTree(get(port, "/api/intelligence/reach?from=kaspersky-lab").body());
        JsonNode stats = json.readTree(get(port, "/api/stats").body());
        return json.createObjectNode().put("reach", reach.get("count").asInt()).set("stats", stats.get("totals"));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
