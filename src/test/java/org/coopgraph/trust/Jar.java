package org.coopgraph.trust;

import org.coopgraph.export.CanonicalGraph;
import org.coopgraph.store.ConnectionSettings;
import org.coopgraph.store.Graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/coopgraph.jar ...} as a user runs it, on an embedded database under a data directory. */
final class Jar {

    static final Path JAR = Path.of("target", "coopgraph.jar");

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + tail(err);
        }
    }

    private Jar() {
    }

    static List<String> command(Path data, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        if (data != null) {
            cmd.addAll(List.of("--data", data.toString(), "--bolt-port", "0"));
        }
        return cmd;
    }

    /** Starts the command with its output going to files beside {@code data}; the environment names no server. */
    static Process start(Path data, Path log, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NEO4J_URI");
        pb.environment().remove("NEO4J_DATABASE");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /** Runs the command to its end (at most {@code minutes}). */
    static Run run(Path data, int minutes, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command(data, args));
        pb.environment().remove("NEO4J_URI");
        pb.environment().remove("NEO4J_DATABASE");
        Path out = Files.createTempFile("coopgraph-out", ".txt");
        Path err = Files.createTempFile("coopgraph-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", args) + " did not finish in " + minutes + " min:\n"
                    + tail(Files.readString(err)));
        }
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    /** The canonical dump of the embedded database under {@code data}, opened in this process. */
    static String canonical(Path data) {
        try (Graph g = open(data)) {
            return CanonicalGraph.text(g);
        }
    }

    static Graph open(Path data) {
        return Graph.open(ConnectionSettings.from(Map.of(), data, 0));
    }

    static String tail(String s) {
        return s.length() > 6000 ? "..." + s.substring(s.length() - 6000) : s;
    }

    static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
