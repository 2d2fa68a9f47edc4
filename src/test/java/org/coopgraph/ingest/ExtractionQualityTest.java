package org.coopgraph.ingest;

import org.coopgraph.generate.ExpectedFacts;
import org.coopgraph.generate.Scorer;
import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.model.Extraction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the extractor on the team's corpus (src/test/resources/releases), per
 * file and micro-averaged, for facts and entities, with the same {@link Scorer} as the generated
 * corpus; the held-out folder is reported apart.
 */
class ExtractionQualityTest {

    /** Floors just under what the rules reach today; raise them as the rules improve. */
    static final double MAIN_FACT_PRECISION = 0.83;
    static final double MAIN_FACT_RECALL = 0.75;
    static final double HELDOUT_FACT_PRECISION = 0.70;
    static final double HELDOUT_FACT_RECALL = 0.44;

    private final Extractor extractor = new Extractor(Gazetteer.reference());
    private final ReleaseReader reader = new ReleaseReader();

    @Test
    void mainAndHeldoutSetsReachTheirFloors() throws Exception {
        Path root = folder();
        Scorer.Score main = measure(root, "main");
        Scorer.Score held = Files.isDirectory(root.resolve("heldout")) ? measure(root.resolve("heldout"), "heldout")
                : new Scorer.Score();
        assertThat(main.expected).as("the corpus has expected facts").isPositive();
        assertThat(main.precision()).as("main fact precision").isGreaterThanOrEqualTo(MAIN_FACT_PRECISION);
        assertThat(main.recall()).as("main fact recall").isGreaterThanOrEqualTo(MAIN_FACT_RECALL);
        if (held.expected > 0) {
            assertThat(held.precision()).as("held-out fact precision").isGreaterThanOrEqualTo(HELDOUT_FACT_PRECISION);
            assertThat(held.recall()).as("held-out fact recall").isGreaterThanOrEqualTo(HELDOUT_FACT_RECALL);
        }
    }

    static Path folder() throws URISyntaxException {
        var url = ExtractionQualityTest.class.getResource("/releases");
        assertThat(url).as("src/test/resources/releases").isNotNull();
        return Path.of(url.toURI());
    }

    /** Scores every release of {@code dir} that has its expected facts beside it, and prints a table. */
    Scorer.Score measure(Path dir, String label) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> ReleaseReader.supports(p.getFileName().toString()))
                    .filter(p -> Files.exists(ExpectedFacts.fileFor(p))).sorted().toList();
        }
        Scorer.Score total = new Scorer.Score();
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n== %s: %d releases%n%-58s %6s %6s %6s %6s %4s%n", label, files.size(), "file",
                "P", "R", "entP", "entR", "abs"));
        for (Path f : files) {
            Extraction x = extractor.extract(reader.read(f.getFileName().toString(), Files.readAllBytes(f)));
            Scorer.Score s = Scorer.score(ExpectedFacts.read(ExpectedFacts.fileFor(f)), x, out);
            total.add(s);
            out.append(String.format("%-58s %6.2f %6.2f %6.2f %6.2f %4d%n", f.getFileName(), s.precision(), s.recall(),
                    s.entityPrecision(), s.entityRecall(), s.absentHit));
        }
        out.append(String.format("%-58s %6.2f %6.2f %6.2f %6.2f %4d   (facts %d/%d produced correct, %d/%d expected found)%n",
                "TOTAL " + label, total.precision(), total.recall(), total.entityPrecision(), total.entityRecall(),
                total.absentHit, total.correct, total.produced, total.found, total.expected));
        System.out.print(out);
        return total;
    }
}
