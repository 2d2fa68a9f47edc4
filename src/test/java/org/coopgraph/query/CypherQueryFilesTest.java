package org.coopgraph.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files under {@code cypher/queries/} are the questions the API asks, rendered: this test
 * fails when a class's statement and its file drift apart. Run with
 * {@code -Dcoopgraph.writeQueries=true} to write the files anew after changing a question.
 */
class CypherQueryFilesTest {

    static final Path DIR = Path.of("cypher", "queries");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyQuestionHasItsFileAndTheFileSaysTheSame() throws IOException {
        boolean write = Boolean.getBoolean("coopgraph.writeQueries");
        List<String> drift = new ArrayList<>();
        for (QueryCatalog.Entry e : QueryCatalog.all()) {
            Path file = DIR.resolve(e.name() + ".cypher");
            String expected = render(e);
            if (write) {
                Files.createDirectories(DIR);
                Files.writeString(file, expected, StandardCharsets.UTF_8);
            } else if (!Files.exists(file) || !Files.readString(file).equals(expected)) {
                drift.add(file.toString());
            }
        }
        assertThat(drift).as("files that differ from their question (rerun with -Dcoopgraph.writeQueries=true)")
                .isEmpty();
    }

    @Test
    void noFileWithoutAQuestion() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        QueryCatalog.all().forEach(e -> names.add(e.name() + ".cypher"));
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactlyElementsOf(names);
        }
    }

    /** A comment saying what the question is, its example parameters for Neo4j Browser, then the statement. */
    static String render(QueryCatalog.Entry e) throws IOException {
        return "// " + e.question() + "\n"
                + "// Example parameters (Neo4j Browser): :params " + JSON.writeValueAsString(e.exampleParameters()) + "\n"
                + Cyphers.pretty(e.statement()) + "\n";
    }
}
