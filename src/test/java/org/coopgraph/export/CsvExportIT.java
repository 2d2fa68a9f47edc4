package org.coopgraph.export;

import org.coopgraph.testing.TestApi;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV from the API and from the command line, read back with an RFC 4180 reader. */
@WithNeo4j
class CsvExportIT {

    static final String RELEASE = GraphMlExportIT.RELEASE;

    private final TestGraph graph;
    private final TestApi api;

    CsvExportIT(TestGraph graph, TestApi api) {
        this.graph = graph;
        this.api = api;
    }

    @Test
    void theApiAnswersTheEdgesWithTheNamesOfBothEnds() {
        TestApi.Response r = api.get("/api/export?format=csv");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<List<String>> rows = Rfc4180.read(r.body());
        assertThat(rows.get(0)).isEqualTo(CsvWriter.NAMED_EDGE_COLUMNS);
        assertThat(rows).hasSize(1 + (int) (relationships() - mentions()));
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CsvWriter.NAMED_EDGE_COLUMNS.size()));
        List<String> support = rows.stream().filter(row -> row.get(0).equals("kaspersky-lab")
                && row.get(2).equals("SUPPORTS") && row.get(3).equals("igci"))
                .findFirst().orElseThrow();
        assertThat(support.get(1)).isEqualTo("Kaspersky Lab");
        assertThat(support.get(4)).isEqualTo("INTERPOL Global Complex for Innovation");
        assertThat(support.get(6)).isEqualTo("2014");
        assertThat(support.get(10).split(" \\| ")).contains(RELEASE);
    }

    @Test
    void theApiAnswersTheNodesWithPartNodes() {
        TestApi.Response r = api.get("/api/export?format=csv&part=nodes");
        assertThat(r.status()).isEqualTo(200);
        List<List<String>> rows = Rfc4180.read(r.body());
        assertThat(rows.get(0)).isEqualTo(CsvWriter.NODE_COLUMNS);
        assertThat(rows).hasSize(1 + graph.counts().get("nodes").intValue());
        List<String> igci = rows.stream().filter(row -> row.get(0).equals("igci")).findFirst().orElseThrow();
        assertThat(igci.get(2)).isEqualTo("Centre");
        assertThat(igci.get(4).split(" \\| ")).contains("IGCI", "CMII");
        assertThat(igci.get(6)).isEqualTo("SG");
        assertThat(rows.stream().filter(row -> row.get(0).equals(RELEASE)).findFirst().orElseThrow().get(1))
                .isEqualTo("Release");
    }

    @Test
    void aroundWithMentionsAddsTheReleasesAndTheirMentions() {
        List<List<String>> edges = Rfc4180.read(api.get("/api/export?format=csv&around=igci&mentions=true").body());
        assertThat(edges.stream().filter(row -> row.get(2).equals("MENTIONS") && row.get(0).equals(RELEASE)
                && row.get(3).equals("igci"))).hasSize(1);
        assertThat(edges).allSatisfy(row -> assertThat(row.get(0)).isNotEqualTo("FR"));
    }

    @Test
    void theCommandLineWritesNodesAndEdgesFilesThatParseBackWithTheGraphsCounts(@TempDir Path dir) throws Exception {
        ExportProcess.Result r = ExportProcess.run(graph, "--format", "csv", "--mentions", "--out", dir.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<List<String>> nodes = Rfc4180.read(Files.readString(dir.resolve("nodes.csv"), StandardCharsets.UTF_8));
        List<List<String>> edges = Rfc4180.read(Files.readString(dir.resolve("edges.csv"), StandardCharsets.UTF_8));
        assertThat(nodes.get(0)).isEqualTo(CsvWriter.NODE_COLUMNS);
        assertThat(edges.get(0)).isEqualTo(CsvWriter.EDGE_COLUMNS);
        assertThat(nodes).hasSize(1 + graph.counts().get("nodes").intValue());
        assertThat(edges).hasSize(1 + (int) relationships());
        assertThat(edges.stream().filter(row -> row.get(1).equals("MENTIONS")).count()).isEqualTo(mentions());
        assertThat(Files.readString(dir.resolve("edges.csv"))).contains("\r\n");
    }

    @Test
    void theCommandLineRefusesBadUsageWithExitCode2() throws Exception {
        ExportProcess.Result csv = ExportProcess.run(graph, "--format", "csv");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.stderr()).contains("--out");
        ExportProcess.Result pdf = ExportProcess.run(graph, "--format", "pdf");
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.stderr()).contains("--format", "pdf");
        ExportProcess.Result deep = ExportProcess.run(graph, "--format", "json", "--around", "igci", "--depth", "9");
        assertThat(deep.exitCode()).isEqualTo(2);
        assertThat(deep.stderr()).contains("--depth");
        assertThat(deep.stdout()).isEmpty();
    }

    private long relationships() {
        return graph.counts().get("relationships");
    }

    private long mentions() {
        return graph.count("MATCH (:Release)-[r:MENTIONS]->() RETURN count(r)", Map.of());
    }
}
