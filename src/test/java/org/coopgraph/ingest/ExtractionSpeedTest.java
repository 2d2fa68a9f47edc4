package org.coopgraph.ingest;

import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import org.coopgraph.ingest.read.ReleaseReader;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times extraction over the corpus (main and held-out releases, read once), after a warm-up, in
 * thread CPU time so that a busy machine disturbs it less; prints ms per release. The bound only
 * catches pathological slowness (a backtracking pattern); the target is well under 1 ms.
 */
class ExtractionSpeedTest {

    @Test
    void extractionIsFast() throws Exception {
        Path root = ExtractionQualityTest.folder();
        List<ReleaseDocument> docs = new ArrayList<>();
        ReleaseReader reader = new ReleaseReader();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> ReleaseReader.supports(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                docs.add(reader.read(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        assertThat(docs).isNotEmpty();
        Extractor extractor = new Extractor(Gazetteer.reference());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) {
            docs.forEach(extractor::extract); // warm-up
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
            int n = 0;
            for (int i = 0; i < 20; i++) {
                for (ReleaseDocument d : docs) {
                    extractor.extract(d);
                    n++;
                }
            }
            long t1 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
            best = Math.min(best, (t1 - t0) / 1e6 / n);
        }
        System.out.printf("%nextraction: %.3f ms per release (best of 3 rounds, %d releases)%n", best, docs.size());
        assertThat(best).as("ms per release").isLessThan(15.0);
    }
}
