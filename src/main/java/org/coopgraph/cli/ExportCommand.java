package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.export.ExportFormat;
import org.coopgraph.export.ExportOptions;
import org.coopgraph.export.Exporter;
import org.coopgraph.export.Selection;
import org.coopgraph.query.NotFoundException;
import org.coopgraph.store.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exports the graph, or the part around an entity, as GraphML, CSV or the JSON dump. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Export the graph as GraphML (Gephi, yEd), CSV (nodes.csv and edges.csv) or JSON (a complete,"
                + " canonical dump for backup and restore).",
                "GraphML and JSON go to standard output unless --out FILE; CSV needs --out DIR.",
                "While 'serve' holds the embedded database, point NEO4J_URI at its Bolt port instead."})
public final class ExportCommand extends ConnectedCommand {

    private ExportFormat format;
    private int depth = ExportOptions.DEFAULT_DEPTH;

    @Option(names = "--around", paramLabel = "ID", description = "Only the entities within --depth fact hops of this one.")
    String around;

    @Option(names = "--mentions", description = "Also the releases' MENTIONS edges (GraphML and CSV; JSON always has them).")
    boolean mentions;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "File to write (GraphML, JSON; default: standard output), or directory for nodes.csv and edges.csv.")
    Path out;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, csv or json.")
    void format(String value) {
        format = ExportFormat.parse(value);
        if (format == null) {
            throw new ParameterException(spec.commandLine(), "--format must be one of " + ExportFormat.names()
                    + ", not '" + value + "'");
        }
    }

    @Option(names = "--depth", paramLabel = "N", description = "Hops around --around, 1 to 3 (default: 1).")
    void depth(int value) {
        if (value < 1 || value > ExportOptions.MAX_DEPTH) {
            throw new ParameterException(spec.commandLine(), "--depth must be between 1 and " + ExportOptions.MAX_DEPTH);
        }
        depth = value;
    }

    @Override
    protected int runWith(Graph graph) {
        try (graph) {
            ExportFormat f = format;
            if (f == ExportFormat.CSV && out == null) {
                spec.commandLine().getErr().println("coopgraph: --format csv writes nodes.csv and edges.csv: give --out DIR");
                return ExitCodes.USAGE;
            }
            ExportOptions options = new ExportOptions(around, depth, mentions);
            Exporter exporter = new Exporter(graph);
            Selection selection;
            try {
                selection = exporter.select(f, options);
            } catch (NotFoundException e) {
                spec.commandLine().getErr().println("coopgraph: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            switch (f) {
                case CSV -> {
                    Files.createDirectories(out);
                    try (OutputStream nodes = file(out.resolve("nodes.csv"));
                         OutputStream edges = file(out.resolve("edges.csv"))) {
                        exporter.csvNodes(selection, nodes);
                        exporter.csvEdges(selection, options, false, edges);
                    }
                }
                case GRAPHML, JSON -> {
                    OutputStream target = out == null ? new BufferedOutputStream(System.out, 64 * 1024) : file(out);
                    try {
                        if (f == ExportFormat.GRAPHML) {
                            exporter.graphMl(selection, options, target);
                        } else {
                            exporter.json(selection, target);
                        }
                    } finally {
                        if (out == null) {
                            target.flush();
                        } else {
                            target.close();
                        }
                    }
                }
            }
            if (out != null) {
                spec.commandLine().getErr().println("exported " + f.name().toLowerCase() + " to " + out);
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OutputStream file(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
    }
}
