package org.coopgraph.generate;

import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.read.ReleaseReader;
import org.coopgraph.model.Extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A generated corpus on disk: {@code DIR/NNNN/NAME.txt} and {@code NAME.expected.json}, a thousand
 * releases per folder (so that 100,000 releases do not land in one directory), plus
 * {@code DIR/README.txt} saying how it was made (imports skip READMEs).
 */
public final class Corpus {

    public static final int PER_FOLDER = 1000;

    private Corpus() {
    }

    /** Writes releases [0, n) of the generator under {@code dir}; returns the bytes written. */
    public static long write(CorpusGenerator gen, int n, long seed, Path dir, int threads) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("README.txt"), "Synthetic corpus written by `coopgraph generate --releases " + n
                    + " --seed " + seed + "`.\nEach NNNN/NAME.txt (header title/date/language/source, then the body) has its"
                    + " expected facts beside it in NAME.expected.json.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                CorpusGenerator.Release r = gen.release(i);
                Path folder = dir.resolve(folder(i));
                try {
                    Files.createDirectories(folder);
                    byte[] text = r.text().getBytes(StandardCharsets.UTF_8);
                    byte[] exp = r.expected().toJson().getBytes(StandardCharsets.UTF_8);
                    Files.write(folder.resolve(r.name() + ".txt"), text);
                    Files.write(folder.resolve(r.name() + ".expected.json"), exp);
                    bytes.addAndGet(text.length + exp.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return bytes.get();
    }

    static String folder(int i) {
        return String.format(Locale.ROOT, "%04d", i / PER_FOLDER);
    }

    /** Extracts every release of a generated corpus (in memory) and scores it against its expected facts. */
    public static Scorer.Score score(CorpusGenerator gen, int from, int to, Extractor extractor, StringBuilder log) {
        ReleaseReader reader = new ReleaseReader();
        Scorer.Score total = new Scorer.Score();
        AtomicInteger logged = new AtomicInteger();
        for (int i = from; i < to; i++) {
            CorpusGenerator.Release r = gen.release(i);
            ReleaseDocument doc = reader.read(r.name() + ".txt", r.text().getBytes(StandardCharsets.UTF_8));
            Extraction x = extractor.extract(doc);
            StringBuilder one = log != null && logged.get() < 40 ? new StringBuilder() : null;
            Scorer.Score s = Scorer.score(r.expected(), x, one);
            if (one != null && one.length() > 0) {
                logged.incrementAndGet();
                log.append("== ").append(r.name()).append('\n').append(one);
            }
            total.add(s);
        }
        return total;
    }
}
