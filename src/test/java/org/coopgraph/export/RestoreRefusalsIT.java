package org.coopgraph.export;

import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files the restore refuses, with a message that says why, before writing anything. */
@WithNeo4j
class RestoreRefusalsIT {

    private static final String HEAD = "{\"format\":\"coopgraph-export\",\"version\":1,";
    private static final String RELEASE = "{\"id\":\"r1\",\"title\":\"A release\"}";
    private static final String ACME = "{\"id\":\"acme-refused\",\"labels\":[\"Entity\",\"Organisation\"],\"name\":\"Acme\"}";

    private final TestGraph graph;

    RestoreRefusalsIT(TestGraph graph) {
        this.graph = graph;
    }

    @Test
    void aLabelOutsideTheModelIsRefused(@TempDir Path dir) throws Exception {
        refused(dir, HEAD + "\"releases\":[" + RELEASE + "],\"entities\":[" + ACME
                        + ",{\"id\":\"x\",\"labels\":[\"Entity\",\"Hacker\"],\"name\":\"X\"}]}",
                "entities[1] (id 'x')", "Hacker", "not in the model");
    }

    @Test
    void aRelationshipTypeOutsideTheModelIsRefused(@TempDir Path dir) throws Exception {
        refused(dir, HEAD + "\"entities\":[" + ACME + "],\"facts\":[{\"start\":\"acme-refused\",\"type\":\"KNOWS\","
                + "\"end\":\"acme-refused\",\"key\":\"\"}]}", "KNOWS", "not in the model");
        refused(dir, HEAD + "\"entities\":[" + ACME + "],\"facts\":[{\"start\":\"acme-refused\","
                + "\"type\":\"SUPPORTS`]->() DETACH DELETE n //\",\"end\":\"acme-refused\",\"key\":\"\"}]}", "not in the model");
    }

    @Test
    void anEntityWithoutTheEntityLabelOrATypeIsRefused(@TempDir Path dir) throws Exception {
        refused(dir, HEAD + "\"entities\":[{\"id\":\"y\",\"labels\":[\"Organisation\"]}]}", "label Entity");
        refused(dir, HEAD + "\"entities\":[{\"id\":\"y\",\"labels\":[\"Entity\"]}]}", "needs a type label");
    }

    @Test
    void factsAndMentionsMustPointAtNodesInTheFile(@TempDir Path dir) throws Exception {
        refused(dir, HEAD + "\"entities\":[" + ACME + "],\"facts\":[{\"start\":\"acme-refused\",\"type\":\"SUPPORTS\","
                + "\"end\":\"ghost\",\"key\":\"technical\"}]}", "facts[0]", "'ghost'");
        refused(dir, HEAD + "\"releases\":[" + RELEASE + "],\"mentions\":[{\"release\":\"r1\",\"entity\":\"ghost\"}]}",
                "mentions[0]", "'ghost'");
    }

    @Test
    void otherDocumentsAndVersionsAndValuesAreRefused(@TempDir Path dir) throws Exception {
        refused(dir, "{\"format\":\"something-else\",\"version\":1}", "not a coopgraph export");
        refused(dir, "{\"format\":\"coopgraph-export\",\"version\":2,\"entities\":[]}", "version 2");
        refused(dir, "[1,2]", "not a JSON object");
        refused(dir, HEAD + "\"entities\":[" + ACME + ",", "not valid JSON");
        refused(dir, HEAD + "\"nodes\":[]}", "unknown field 'nodes'");
        refused(dir, HEAD + "\"facts\":[],\"entities\":[]}", "in the order");
        refused(dir, HEAD + "\"entities\":[{\"id\":\"z\",\"labels\":[\"Entity\",\"City\"],\"geo\":{\"lat\":1}}]}",
                "entities[0] (id 'z') property 'geo'", "cannot hold an object");
        refused(dir, HEAD + "\"entities\":[{\"id\":\"z\",\"labels\":[\"Entity\",\"City\"],\"tags\":[\"a\",1]}]}",
                "one type");
    }

    private void refused(Path dir, String json, String... messageParts) throws Exception {
        Map<String, Long> before = graph.counts();
        Path file = Files.createTempFile(dir, "dump", ".json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> new JsonRestore(graph.graph()).restore(file))
                .isInstanceOf(InvalidDumpException.class)
                .hasMessageContainingAll(messageParts);
        assertThat(graph.counts()).as("nothing written").isEqualTo(before);
    }
}
