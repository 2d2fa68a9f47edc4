package org.coopgraph.ingest;

import org.coopgraph.export.CanonicalGraph;
import org.coopgraph.model.EntityType;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The batched import path: file order, refusals one by one, batches that fall back, and the same graph each run. */
@WithNeo4j
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkImportIT {

    static final Path CORPUS = Path.of("src/test/resources/releases");
    static final String BRIGHTWALL = """
            title: Brightwall supports the IGCI
            date: 2019-03-04
            language: en

            SINGAPORE – Brightwall Systems will support the INTERPOL Global Complex for Innovation, the company said.
            """;

    private final TestGraph graph;

    BulkImportIT(TestGraph graph) {
        this.graph = graph;
    }

    @BeforeEach
    void demoDataOnly() {
        graph.reset();
    }

    @Test
    void resultsComeInFileOrderWithRefusalsNamedAndASecondRunFindsEverythingUnchanged(@TempDir Path tmp)
            throws IOException {
        List<Path> files = new ArrayList<>(ReleaseFiles.walk(List.of(CORPUS)));
        Path broken = Files.write(tmp.resolve("broken.txt"), new byte[]{'a', (byte) 0xC3});
        files.add(3, broken);
        long releasesBefore = graph.count("MATCH (r:Release) RETURN count(r)", Map.of());
        List<Importer.Result> results = new ArrayList<>();
        BulkImport.Totals totals = new BulkImport(graph.importer(), 2, 7).run(files, results::add);

        assertThat(results).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(results.get(i).outcome().name()).isEqualTo(files.get(i).toString());
        }
        assertThat(results.get(3).outcome().status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(results.get(3).outcome().message()).contains("UTF-8");
        long imported = results.stream().filter(r -> r.outcome().status() == ImportOutcome.Status.IMPORTED).count();
        assertThat(imported).isEqualTo(files.size() - 1);
        assertThat(totals.factsCreated()).isPositive();
        assertThat(graph.count("MATCH (r:Release) RETURN count(r)", Map.of())).isEqualTo(releasesBefore + imported);

        Map<String, Long> after = graph.counts();
        List<Importer.Result> again = new ArrayList<>();
        new BulkImport(graph.importer(), 2, 7).run(files, again::add);
        assertThat(again).extracting(r -> r.outcome().status())
                .containsOnly(ImportOutcome.Status.UNCHANGED, ImportOutcome.Status.REFUSED);
        assertThat(graph.counts()).isEqualTo(after);
    }

    @Test
    void theSameFilesAndBatchSizeGiveTheSameGraphWhateverTheThreads() {
        List<Path> files = ReleaseFiles.walk(List.of(CORPUS));
        new BulkImport(graph.importer(), 1, 5).run(files, r -> { });
        String one = CanonicalGraph.text(graph.graph()).replaceAll(",\"importedAt\":\\{[^}]*}", "");
        graph.reset();
        new BulkImport(graph.importer(), 3, 5).run(files, r -> { });
        String three = CanonicalGraph.text(graph.graph()).replaceAll(",\"importedAt\":\\{[^}]*}", "");
        assertThat(three).isEqualTo(one);
    }

    @Test
    void aNameTheGraphHoldsAsAnotherTypeKeepsTheGraphsType(@TempDir Path tmp) throws IOException {
        Path release = Files.writeString(tmp.resolve("brightwall.txt"), BRIGHTWALL);
        var importer = new Importer(graph.graph());
        // written behind the importer's back, as another process would: the gazetteer does not know it
        graph.graph().write(tx -> tx.run("CREATE (:Entity:Person {id: 'brightwall-systems', type: 'Person',"
                + " name: 'Brightwall Systems', nameKey: 'brightwall systems'})").consume());
        assertThat(importer.importFile(release, true).extraction().entities())
                .anyMatch(e -> e.id().equals("brightwall-systems") && e.type() == EntityType.Organisation);

        List<Importer.Result> results = new ArrayList<>();
        new BulkImport(importer, 2, 10).run(List.of(release), results::add);

        assertThat(results.get(0).outcome().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(graph.count("MATCH (n:Entity {id: 'brightwall-systems'}) RETURN size(labels(n))", Map.of()))
                .as("still only a Person").isEqualTo(2);
        assertThat(graph.count("MATCH (:Entity {id: 'brightwall-systems'})-[:SUPPORTS]->(:Centre {id: 'igci'})"
                + " RETURN count(*)", Map.of())).as("the release's fact, on the graph's entity").isEqualTo(1);
    }

    @Test
    void aBatchTheDatabaseRefusesIsWrittenOneByOneAndOnlyTheFaultyReleaseIsRefused(@TempDir Path tmp)
            throws IOException {
        Path good = Files.writeString(tmp.resolve("a-good.txt"), BRIGHTWALL.replace("Brightwall Systems", "Orchard Labs")
                .replace("Brightwall supports", "Orchard supports"));
        Path clash = Files.writeString(tmp.resolve("b-clash.txt"), BRIGHTWALL);
        var importer = new Importer(graph.graph());
        // labels that no type has, as a hand edit could leave them: the writer's last check refuses them
        graph.graph().write(tx -> tx.run("CREATE (:Entity:Organisation:Person {id: 'brightwall-systems',"
                + " type: 'Organisation', name: 'Brightwall Systems', nameKey: 'brightwall systems'})").consume());

        List<Importer.Result> results = new ArrayList<>();
        new BulkImport(importer, 2, 10).run(List.of(good, clash), results::add);

        assertThat(results.get(0).outcome().status()).as(results.get(0).outcome().toString())
                .isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(results.get(1).outcome().status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(results.get(1).outcome().message()).contains("brightwall-systems").contains("Person");
        assertThat(graph.count("MATCH (r:Release) WHERE r.title STARTS WITH 'Orchard' RETURN count(r)", Map.of()))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (r:Release) WHERE r.title STARTS WITH 'Brightwall' RETURN count(r)", Map.of()))
                .isZero();
    }
}
