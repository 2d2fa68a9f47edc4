package org.coopgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code import} command as a user runs it, from the packaged jar, on a fresh data directory. */
class ImportCommandIT {

    static final Path CORPUS = Path.of("src/test/resources/releases");
    private final ObjectMapper json = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    @Test
    void aDirectoryWithAValidABinaryAndAnEmptyFileImportsTheValidOneAndNamesEachRefusal(@TempDir Path tmp)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CORPUS.resolve("en-2014-09-trend-micro-igci-support.txt"), dir.resolve("valid.txt"));
        Files.write(dir.resolve("binary.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe, 1, 2});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("notes.docx"), "not a release");
        Run run = run(tmp.resolve("data"), "import", "--no-progress", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.SOME_REFUSED);
        assertThat(run.err()).contains("refused " + dir.resolve("binary.txt") + ": not UTF-8 text")
                .contains("refused " + dir.resolve("empty.txt") + ":")
                .contains("refused " + dir.resolve("notes.docx") + ": unsupported file type");
        assertThat(run.out()).contains("import: 1 imported, 0 replaced, 0 unchanged, 3 refused");

        Run again = run(tmp.resolve("data"), "import", "--no-progress", dir.resolve("valid.txt").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 imported, 0 replaced, 1 unchanged, 0 refused");
    }

    @Test
    void dryRunJsonPrintsOneContractLinePerReleaseAndNothingElse(@TempDir Path tmp) throws Exception {
        Path fr = CORPUS.resolve("fr-2015-03-nec-cmii-laboratoire.txt");
        Path en = CORPUS.resolve("en-2014-09-trend-micro-igci-support.txt");
        Run run = run(tmp.resolve("data"), "import", "--dry-run", "--json", fr.toString(), en.toString());
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        Set<String> types = Set.of("Organisation", "Centre", "Person", "Country", "City", "Event", "Agreement");
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            assertThat(o.get("release").get("language").asText()).isIn("en", "fr");
            assertThat(o.get("release").get("publishedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            List<String> ids = new ArrayList<>();
            for (JsonNode e : o.get("entities")) {
                ids.add(e.get("id").asText());
                assertThat(e.get("type").asText()).isIn(types);
                assertThat(e.has("aliases") && e.has("kind") && e.has("country")).isTrue();
            }
            assertThat(o.get("facts")).isNotEmpty();
            for (JsonNode f : o.get("facts")) {
                assertThat(ids).contains(f.get("subject").asText(), f.get("object").asText());
                assertThat(f.get("evidence").get("quote").asText()).isNotBlank();
                assertThat(f.get("evidence").get("end").asInt()).isGreaterThan(f.get("evidence").get("start").asInt());
                assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
            }
        }
        JsonNode nec = json.readTree(lines.get(0));
        assertThat(nec.get("release").get("language").asText()).isEqualTo("fr");
        assertThat(nec.findValuesAsText("id")).contains("igci");
        assertThat(run.err()).contains("dry run: 2 imported");

        Run real = run(tmp.resolve("data"), "import", "--no-progress", fr.toString());
        assertThat(real.out()).as("the dry run wrote nothing, so the release is new")
                .contains("import: 1 imported, 0 replaced, 0 unchanged");
    }

    @Test
    void badUsageIsExitTwo(@TempDir Path tmp) throws Exception {
        assertThat(run(tmp.resolve("data"), "import").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(tmp.resolve("data"), "import", "--frobnicate", "x").exit()).isEqualTo(ExitCodes.USAGE);
    }

    private static Run run(Path data, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(ServeProcessIT.command(args));
        cmd.addAll(List.of("--data", data.toString(), "--bolt-port", "0"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("NEO4J_URI");
        Path out = Files.createTempFile("import-out", ".txt");
        Path err = Files.createTempFile("import-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
