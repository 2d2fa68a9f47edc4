package org.coopgraph.trust;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore as an operator does them, with the packaged jar: a data directory that
 * {@code serve} filled with the reference and demo data and {@code import} with the corpus (both
 * through the running server, over the Bolt address it publishes), exported with
 * {@code export --format json}; the file imported into a fresh directory (the import command
 * recognises a coopgraph export and restores it); exported again: the same canonical document.
 */
class BackupRestoreIT {

    static final Path CORPUS = Path.of("src/test/resources/releases");
    static final Path BUNDLE = Path.of("src/test/resources/bundles/igci-units-2015.json");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void exportImportIntoAFreshDirectoryAndExportAgainGivesTheSameDocument(@TempDir Path tmp) throws Exception {
        Path source = tmp.resolve("source");
        Path backup = tmp.resolve("backup.json");
        int port = freePort();
        Process serve = Jar.start(source, tmp.resolve("serve.log"),
                Jar.command(source, "serve", "--port", String.valueOf(port)));
        try {
            awaitHealth(port, serve, tmp.resolve("serve.log"));
            Jar.Run imported = Jar.run(source, 10, "import", "--no-progress", CORPUS.toString(), BUNDLE.toString());
            assertThat(imported.exit()).as(imported.toString()).isZero();
            assertThat(imported.out()).contains("0 refused");
            JsonNode listed = new ObjectMapper().readTree(get(port, "/api/releases?limit=1000"));
            assertThat(listed.get("releases").size()).as("the import went into the running server's graph")
                    .isGreaterThan(35);
            Jar.Run exported = Jar.run(source, 5, "export", "--format", "json", "--out", backup.toString());
            assertThat(exported.exit()).as(exported.toString()).isZero();
        } finally {
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor();
            }
        }
        String first = Files.readString(backup);
        JsonNode doc = new ObjectMapper().readTree(first);
        assertThat(doc.get("format").asText()).isEqualTo("coopgraph-export");
        assertThat(doc.get("releases").findValuesAsText("id"))
                .as("demo, reference list, corpus and bundle are all in the backup")
                .contains("interpol-2013-03-20-kaspersky-lab-cmii", "reference-interpol-members",
                        "test-bundle-igci-units-2015")
                .hasSizeGreaterThan(35);
        assertThat(doc.get("entities").size()).isGreaterThan(250);

        Path fresh = tmp.resolve("fresh");
        Jar.Run restored = Jar.run(fresh, 5, "import", "--no-progress", backup.toString());
        assertThat(restored.exit()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("restored " + backup + ": " + doc.get("releases").size() + " releases, "
                + doc.get("entities").size() + " entities, " + doc.get("facts").size() + " facts, "
                + doc.get("mentions").size() + " mentions");

        Path again = tmp.resolve("again.json");
        Jar.Run reexported = Jar.run(fresh, 5, "export", "--format", "json", "--out", again.toString());
        assertThat(reexported.exit()).as(reexported.toString()).isZero();
        String second = Files.readString(again);

        List<String> differences = Canonical.diff(Canonical.records(first, Set.of(), false),
                Canonical.records(second, Set.of(), false), 40);
        assertThat(differences).as("record by record").isEmpty();
        assertThat(withoutTimestamp(second)).as("the canonical documents").isEqualTo(withoutTimestamp(first));
    }

    static String withoutTimestamp(String dump) {
        return dump.replaceFirst(",\"exportedAt\":\"[^\"]*\"", "");
    }

    private static void awaitHealth(int port, Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("serve exited early:\n" + Jar.tail(Files.readString(log))).isTrue();
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/health")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("serve not healthy within 240 s:\n" + Jar.tail(Files.readString(log)));
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
