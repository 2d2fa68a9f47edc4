package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.bench.Bench;
import org.coopgraph.bench.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs the benchmarks against a scratch embedded database and prints a table of figures and baselines. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Benchmark import, the HTTP API and the queries on a generated corpus, each figure against a"
                + " baseline measured in the same run; prints a table and writes target/bench/results.json.",
                "small: 2,000 releases, a few minutes on 2 cores. large: 10,000 then 100,000 releases (about an hour"
                        + " or more on 2 cores).",
                "Uses its own embedded database under --data (wiped at start), never NEO4J_URI."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "small", paramLabel = "SIZE", description = "small or large (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--data", defaultValue = "target/bench/data", paramLabel = "DIR",
            description = "Scratch directory for corpora and databases, wiped per size (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--releases", split = ",", paramLabel = "N[,N...]",
            description = "Corpus sizes instead of the preset's (e.g. 10000,100000,1000000).")
    List<Integer> releases;

    @Option(names = "--results", defaultValue = "target/bench/results.json", paramLabel = "FILE",
            description = "Where to write the JSON results (default: ${DEFAULT-VALUE}).")
    Path resultsFile;

    @Override
    public Integer call() {
        Bench.Options options = switch (size) {
            case "small" -> Bench.Options.small(data);
            case "large" -> Bench.Options.large(data);
            default -> throw new ParameterException(spec.commandLine(), "--size must be small or large, not '" + size + "'");
        };
        if (releases != null && !releases.isEmpty()) {
            if (releases.stream().anyMatch(n -> n < 200)) {
                throw new ParameterException(spec.commandLine(), "--releases: at least 200 each");
            }
            options = options.withSizes(releases);
        }
        PrintWriter out = spec.commandLine().getOut();
        Results results = new Bench(options, spec.commandLine().getErr()).run();
        results.print(out);
        results.writeJson(resultsFile);
        out.println("results written to " + resultsFile);
        out.flush();
        return ExitCodes.OK;
    }
}
