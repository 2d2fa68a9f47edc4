package org.coopgraph.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every file under {@code cypher/queries/} with its example parameters against the demo data. */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CypherQueryFilesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestGraph graph;

    CypherQueryFilesIT(TestGraph graph) {
        this.graph = graph;
    }

    @BeforeAll
    void demoData() {
        graph.reset();
    }

    @TestFactory
    Stream<DynamicTest> everyFileRunsAndAnswers() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CypherQueryFilesTest.DIR)) {
            files = list.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f);
            String paramsLine = text.lines().filter(l -> l.contains(":params ")).findFirst().orElseThrow();
            Map<String, Object> params = JSON.readValue(paramsLine.substring(paramsLine.indexOf(":params ") + 8),
                    new TypeReference<>() { });
            String cypher = text.lines().filter(l -> !l.startsWith("//")).collect(Collectors.joining("\n"));
            long rows = graph.graph().read(tx -> (long) tx.run(cypher, params).list().size());
            assertThat(rows).as(f + " answers on the demo data").isPositive();
        }));
    }
}
