package org.coopgraph.export;

import org.coopgraph.query.NotFoundException;
import org.coopgraph.store.Graph;

import java.io.OutputStream;
import java.time.Clock;

/**
 * The one entry point the API and the command line use: pick what to export, then stream it in
 * a format. {@link #select} runs first and fails fast (unknown {@code around}) before a byte is
 * written, so that the API can still answer with a problem document.
 */
public final class Exporter {

    private final Graph graph;
    private final GraphReader reader;
    private final Clock clock;

    public Exporter(Graph graph) {
        this(graph, new GraphReader(graph), Clock.systemUTC());
    }

    public Exporter(Graph graph, GraphReader reader, Clock clock) {
        this.graph = graph;
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * What the options cover; releases come along in the JSON dump always, in GraphML and CSV of
     * the whole graph always (as nodes), around an entity only with mentions.
     *
     * @throws NotFoundException when {@code around} names no entity
     */
    public Selection select(ExportFormat format, ExportOptions options) {
        return reader.select(options, format == ExportFormat.JSON || options.mentions());
    }

    public void graphMl(Selection selection, ExportOptions options, OutputStream out) {
        new GraphMlWriter(reader, PropertyTypes.of(graph)).write(selection, options.mentions(), out);
    }

    public void json(Selection selection, OutputStream out) {
        new JsonDump(reader).write(selection, clock.instant(), out);
    }

    public void csvNodes(Selection selection, OutputStream out) {
        new CsvWriter(reader).nodes(selection, out);
    }

    public void csvEdges(Selection selection, ExportOptions options, boolean withNames, OutputStream out) {
        new CsvWriter(reader).edges(selection, options.mentions(), withNames, out);
    }
}
