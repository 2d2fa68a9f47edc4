package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.generate.Corpus;
import org.coopgraph.generate.CorpusGenerator;
import org.coopgraph.generate.Scorer;
import org.coopgraph.ingest.extract.Extractor;
import org.coopgraph.ingest.extract.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Writes a deterministic synthetic corpus (releases and their expected facts); needs no database. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Write a synthetic corpus of press releases in English and French, each with its expected facts"
                + " (NAME.txt and NAME.expected.json, a thousand per folder).",
                "The same --seed and --releases always give byte-identical files."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--releases", required = true, paramLabel = "N", description = "How many releases (1 to 10,000,000).")
    int releases;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write (created if needed).")
    Path out;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "T",
            description = "Writer threads; the output does not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--score", paramLabel = "K", defaultValue = "0",
            description = "Also extract the first K releases and print precision and recall against their expected facts.")
    int score;

    @Override
    public Integer call() {
        if (releases < 1 || releases > 10_000_000) {
            throw new ParameterException(spec.commandLine(), "--releases must be between 1 and 10,000,000");
        }
        PrintWriter o = spec.commandLine().getOut();
        CorpusGenerator gen = new CorpusGenerator(seed, releases);
        long t0 = System.nanoTime();
        long bytes = Corpus.write(gen, releases, seed, out, threads);
        double s = (System.nanoTime() - t0) / 1e9;
        o.printf(Locale.ROOT, "generated %,d releases (seed %d) under %s: %.1f MB in %.1f s%n", releases, seed, out,
                bytes / 1e6, s);
        if (score > 0) {
            int k = Math.min(score, releases);
            Scorer.Score sc = Corpus.score(gen, 0, k, new Extractor(Gazetteer.reference()), null);
            o.printf(Locale.ROOT, "extraction on the first %d: facts P %.3f R %.3f (%d/%d correct, %d/%d found);"
                            + " entities P %.3f R %.3f; %d absent facts produced%n", k, sc.precision(), sc.recall(),
                    sc.correct, sc.produced, sc.found, sc.expected, sc.entityPrecision(), sc.entityRecall(), sc.absentHit);
            sc.byRelation.forEach((r, c) -> o.printf(Locale.ROOT, "  %-26s expected %6d found %6d produced %6d correct %6d%n",
                    r, c[0], c[1], c[2], c[3]));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
