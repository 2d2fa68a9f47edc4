package org.coopgraph.export;

import org.coopgraph.testing.TestGraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code java -jar target/coopgraph.jar export ...} against the test run's database, as a user runs it. */
final class ExportProcess {

    record Result(int exitCode, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private ExportProcess() {
    }

    static Result run(TestGraph graph, String... args) throws IOException, InterruptedException {
        String uri = graph.graph().embeddedBoltUri();
        String envUri = System.getenv("NEO4J_TEST_URI");
        assumeTrue(uri != null || envUri != null, "the command line needs the database's Bolt URI");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "coopgraph.jar").toString(), "export"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (uri != null) {
            pb.environment().put("NEO4J_URI", uri);
            pb.environment().remove("NEO4J_USERNAME");
            pb.environment().remove("NEO4J_PASSWORD");
        } else {
            pb.environment().put("NEO4J_URI", envUri);
            pb.environment().put("NEO4J_USERNAME", System.getenv().getOrDefault("NEO4J_TEST_USERNAME", "neo4j"));
            pb.environment().put("NEO4J_PASSWORD", System.getenv().getOrDefault("NEO4J_TEST_PASSWORD", ""));
        }
        pb.environment().remove("NEO4J_DATABASE");
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("export did not finish in 120 s");
        }
        return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
