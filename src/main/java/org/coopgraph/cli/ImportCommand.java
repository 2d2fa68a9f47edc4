package org.coopgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.coopgraph.Main;
import org.coopgraph.export.InvalidDumpException;
import org.coopgraph.export.JsonRestore;
import org.coopgraph.ingest.BulkImport;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReferenceData;
import org.coopgraph.ingest.ReleaseFiles;
import org.coopgraph.store.Graph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Imports release files and directories; --dry-run --json prints what would be imported. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Import press releases (.txt, .md, .html) and curated bundles (.json); directories are walked.",
                "Exit 0 when every file imported, 1 when some were refused, 2 on bad usage or no database."})
public final class ImportCommand extends ConnectedCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Files or directories to import.")
    List<Path> paths;

    @Option(names = "--dry-run", description = "Extract and resolve against the graph, but write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON object per release per line (JSON Lines) on standard output.")
    boolean json;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", description = "Threads that read and extract releases (default: the"
            + " number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200", description = "Releases written per transaction"
            + " (default: ${DEFAULT-VALUE}). A batch is written whole or not at all.")
    int batch;

    @Override
    protected int noDatabaseExitCode() {
        return ExitCodes.USAGE;
    }

    @Override
    protected int runWith(Graph graph) {
        try (graph) {
            List<Path> files = ReleaseFiles.walk(paths);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
            Importer importer = new Importer(graph);
            Map<ImportOutcome.Status, Integer> counts = new EnumMap<>(ImportOutcome.Status.class);
            List<ImportOutcome> refused = new ArrayList<>();
            int entities = 0;
            int facts = 0;
            if (threads < 1 || batch < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --batch must be at least 1");
            }
            try (ProgressBar bar = progressBar(files.size())) {
                Consumer<Importer.Result> each = result -> {
                    ImportOutcome o = result.outcome();
                    counts.merge(o.status(), 1, Integer::sum);
                    if (o.status() == ImportOutcome.Status.REFUSED) {
                        refused.add(o);
                    } else if (json) {
                        out.println(toJson(mapper, result.extraction()));
                        out.flush();
                    }
                    if (bar != null) {
                        bar.step();
                    }
                };
                List<Path> releases = new ArrayList<>();
                for (Path file : files) {
                    if (!dryRun && JsonRestore.isDump(file)) {
                        restore(graph, file, out, refused);
                        if (bar != null) {
                            bar.step();
                        }
                    } else {
                        releases.add(file);
                    }
                }
                if (dryRun) {
                    releases.forEach(file -> each.accept(importer.importFile(file, true)));
                } else if (!releases.isEmpty()) {
                    // countries and INTERPOL's members, as serve loads them: a new data directory needs them
                    ReferenceData.load(graph, importer);
                    BulkImport.Totals t = new BulkImport(importer, threads, batch).run(releases, each);
                    entities = t.entitiesCreated();
                    facts = t.factsCreated();
                }
            }
            for (ImportOutcome o : refused) {
                err.println("refused " + o.name() + ": " + o.message());
            }
            PrintWriter summary = json ? err : out;
            summary.printf("%s: %d imported, %d replaced, %d unchanged, %d refused; %d entities and %d facts created%n",
                    dryRun ? "dry run" : "import",
                    counts.getOrDefault(dryRun ? ImportOutcome.Status.DRY_RUN : ImportOutcome.Status.IMPORTED, 0),
                    counts.getOrDefault(ImportOutcome.Status.REPLACED, 0),
                    counts.getOrDefault(ImportOutcome.Status.UNCHANGED, 0), refused.size(), entities, facts);
            summary.flush();
            return refused.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REFUSED;
        }
    }

    private static String toJson(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A coopgraph JSON export is restored as it is (a backup), not read as a curated bundle. */
    private static void restore(Graph graph, Path file, PrintWriter out, List<ImportOutcome> refused) {
        try {
            JsonRestore.Restored r = new JsonRestore(graph).restore(file);
            out.printf("restored %s: %d releases, %d entities, %d facts, %d mentions%n", file, r.releases(),
                    r.entities(), r.facts(), r.mentions());
        } catch (InvalidDumpException e) {
            refused.add(ImportOutcome.refused(file.toString(), e.getMessage()));
        }
    }

    /** A bar on standard error when it is a terminal and there are several files. */
    private ProgressBar progressBar(int total) {
        if (noProgress || total < 5 || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Importing").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }
}
