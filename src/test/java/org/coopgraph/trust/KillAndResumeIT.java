package org.coopgraph.trust;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopgraph.store.Graph;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code import} killed with SIGKILL halfway through a directory: what it committed is whole (one
 * transaction per release), the data directory opens again (recovery, and the stale
 * {@code coopgraph-bolt.uri} the kill left), and running the same import again completes the graph
 * that a run never interrupted gives.
 */
@WithNeo4j
class KillAndResumeIT {

    static final Path CORPUS = Path.of("src/test/resources/releases");
    static final Set<String> WHEN = Set.of("importedAt");
    static final String URI_FILE = "coopgraph-bolt.uri";
    /** Small batches (a batch is one transaction), so that the kill falls between and inside batches. */
    static final String[] IMPORT = {"import", "--no-progress", "--batch", "4"};
    /** The releases imported from the files (not the reference data that import loads first). */
    static final String IMPORTED = "MATCH (r:Release) WHERE NOT r.id STARTS WITH 'reference-' RETURN count(r) AS c";

    @Test
    void aKilledImportLeavesWholeReleasesAndResumingGivesTheGraphOfARunNeverKilled(@TempDir Path tmp) throws Exception {
        Path in = releases(Files.createDirectories(tmp.resolve("in")));
        int n;
        try (Stream<Path> files = Files.list(in)) {
            n = (int) files.count();
        }
        assertThat(n).isBetween(35, 45);

        Jar.Run clean = Jar.run(tmp.resolve("clean"), 10, args(in));
        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("import: " + n + " imported, 0 replaced, 0 unchanged, 0 refused");
        String cleanDump = Jar.canonical(tmp.resolve("clean"));
        Map<String, JsonNode> cleanRecords = Canonical.records(cleanDump, WHEN, false);

        Path data = tmp.resolve("data");
        long atKill = killHalfway(data, tmp.resolve("killed.log"), in, n);
        assertThat(data.resolve(URI_FILE)).as("SIGKILL leaves the Bolt address behind").exists();

        List<String> problems = new ArrayList<>();
        long releases;
        try (Graph g = Jar.open(data)) {
            assertThat(g.embeddedBoltUri()).as("the stale address is not followed").isNotNull();
            problems.addAll(Invariants.ofGraph(g));
            releases = g.read(tx -> tx.run(IMPORTED).single().get("c").asLong());
            Map<String, JsonNode> killedRecords = Canonical.records(org.coopgraph.export.CanonicalGraph.text(g), WHEN, false);
            for (String id : Canonical.keys(killedRecords, "release")) {
                if (!own(killedRecords, id).equals(own(cleanRecords, id))) {
                    problems.add("release " + id + " after the kill: " + own(killedRecords, id)
                            + "\n  in a run never killed: " + own(cleanRecords, id));
                }
            }
        }
        System.out.printf("KillAndResumeIT: killed with %d of %d releases seen; %d whole releases after recovery%n",
                atKill, n, releases);
        assertThat(problems).as("no partial release").isEmpty();
        assertThat(releases).isBetween(atKill, n - 1L);
        assertThat(data.resolve(URI_FILE)).as("a clean close removes the address").doesNotExist();

        Jar.Run resumed = Jar.run(data, 10, args(in));
        assertThat(resumed.exit()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("import: " + (n - releases) + " imported, 0 replaced, " + releases
                + " unchanged, 0 refused");
        String resumedDump = Jar.canonical(data);
        List<String> differences = Canonical.diff(cleanRecords, Canonical.records(resumedDump, WHEN, false), 40);
        assertThat(differences).as("the resumed graph is the clean run's (but for import times)").isEmpty();
        assertThat(resumedDump.replaceAll(",\"importedAt\":\\{[^}]*}", ""))
                .isEqualTo(cleanDump.replaceAll(",\"importedAt\":\\{[^}]*}", ""));
    }

    @Test
    void aStaleAddressNowAnsweredByAnotherDatabaseIsNotFollowed(TestGraph shared, @TempDir Path tmp) throws Exception {
        String other = shared.graph().embeddedBoltUri();
        assumeTrue(other != null, "needs the embedded test database to stand for 'another database'");
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve(URI_FILE), other + "\n");
        try (Graph g = Jar.open(data)) {
            assertThat(g.embeddedBoltUri()).as("its own database, started").isNotNull().isNotEqualTo(other);
            long entities = g.read(tx -> tx.run("MATCH (n:Entity) RETURN count(n) AS c").single().get("c").asLong());
            assertThat(entities).as("not the test database's entities").isZero();
        }
    }

    /** The corpus's plain-text releases, and a copy with an id of its own of every third one: two sources for many facts. */
    static Path releases(Path dir) throws IOException {
        List<Path> txt = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(CORPUS), Files.list(CORPUS.resolve("heldout")))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(txt::add);
        }
        for (int i = 0; i < txt.size(); i++) {
            Path p = txt.get(i);
            String name = p.getFileName().toString();
            Jar.copy(p, dir.resolve(name));
            if (i % 3 == 0) {
                String text = Files.readString(p);
                boolean header = text.startsWith("title:") || text.startsWith("date:") || text.startsWith("id:");
                Files.writeString(dir.resolve("copy-" + name), "id: copy-" + name.replace(".txt", "")
                        + (header ? "\n" : "\n\n") + text);
            }
        }
        return dir;
    }

    /**
     * Starts the import and kills it (SIGKILL) once half the releases are committed, watching its
     * embedded database over Bolt at the address it publishes. Returns how many it had seen.
     */
    private static long killHalfway(Path data, Path log, Path in, int n) throws Exception {
        Process p = Jar.start(data, log, Jar.command(data, args(in)));
        Driver driver = null;
        long seen = 0;
        try {
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (seen < n / 2) {
                assertThat(p.isAlive()).as("the import ended before it could be killed:\n" + Jar.tail(read(log)))
                        .isTrue();
                assertThat(System.nanoTime()).as("half the releases within 5 min").isLessThan(deadline);
                if (driver == null && Files.exists(data.resolve(URI_FILE))) {
                    try {
                        driver = Graph.connect(Files.readString(data.resolve(URI_FILE)).strip(), null, null);
                    } catch (RuntimeException notYet) {
                        driver = null;
                    }
                }
                if (driver != null) {
                    try (var s = driver.session()) {
                        seen = s.run(IMPORTED).single().get("c").asLong();
                    } catch (RuntimeException migrating) {
                        // the schema is being applied; ask again
                    }
                }
                Thread.sleep(20);
            }
            p.destroyForcibly();
            p.waitFor();
        } finally {
            if (driver != null) {
                driver.close();
            }
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
        }
        assertThat(p.exitValue()).as("killed, not finished").isEqualTo(137);
        return seen;
    }

    /** What one release holds up: its mentions, and its own entry in each fact citing it. */
    private static Map<String, String> own(Map<String, JsonNode> records, String release) {
        Map<String, String> out = new TreeMap<>();
        JsonNode r = records.get("release " + release);
        out.put("release", r == null ? "missing" : r.toString());
        Set<String> mentions = new TreeSet<>();
        records.forEach((k, v) -> {
            if (k.startsWith("mention " + release + " -> ")) {
                mentions.add(v.get("entity").asText());
            } else if (k.startsWith("fact ")) {
                JsonNode sources = v.get("sources");
                for (int i = 0; i < sources.size(); i++) {
                    if (sources.get(i).asText().equals(release)) {
                        StringBuilder entry = new StringBuilder();
                        for (String list : Invariants.LISTS) {
                            entry.append(v.get(list).get(i)).append(' ');
                        }
                        out.put(k, entry.toString());
                    }
                }
            }
        });
        out.put("mentions", mentions.toString());
        return out;
    }

    private static String[] args(Path in) {
        String[] args = Arrays.copyOf(IMPORT, IMPORT.length + 1);
        args[IMPORT.length] = in.toString();
        return args;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
