package org.coopgraph.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.coopgraph.export.ExportFormat;
import org.coopgraph.export.ExportOptions;
import org.coopgraph.export.Exporter;
import org.coopgraph.export.Selection;
import org.coopgraph.query.BadParameterException;
import org.coopgraph.store.Graph;

import java.io.OutputStream;
import java.util.Locale;

/**
 * {@code GET /api/export}: the graph, or the part of it around an entity, as GraphML, CSV or the
 * JSON dump, streamed. Parameters are checked (and {@code around} looked up) before anything is
 * written, so every bad request still answers a problem document.
 *
 * <ul>
 *   <li>{@code format}: graphml, csv or json (required);</li>
 *   <li>{@code around} and {@code depth} (1 to 3, default 1): the entities within depth fact hops;</li>
 *   <li>{@code mentions}: true adds the releases' MENTIONS edges to GraphML and CSV (default false);</li>
 *   <li>{@code part}: with csv, {@code edges} (default: the facts with the names of both ends) or
 *       {@code nodes}.</li>
 * </ul>
 */
final class ExportRoutes {

    private final Exporter exporter;

    ExportRoutes(Graph graph) {
        this.exporter = new Exporter(graph);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/export", this::export);
    }

    private void export(Context ctx) throws Exception {
        ExportFormat format = format(ctx);
        String around = Params.optional(ctx, "around");
        if (around != null) {
            Params.id("around", around);
        }
        int depth = Params.integer(ctx, "depth", ExportOptions.DEFAULT_DEPTH, 1, ExportOptions.MAX_DEPTH);
        ExportOptions options = new ExportOptions(around, depth, bool(ctx, "mentions"));
        boolean nodes = csvPart(ctx, format);
        Selection selection = exporter.select(format, options);

        String name = "coopgraph" + (around == null ? "" : "-" + around.replaceAll("[^A-Za-z0-9._-]", "_"))
                + (format == ExportFormat.CSV ? (nodes ? "-nodes" : "-edges") : "") + "." + format.extension();
        ctx.status(200);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = ctx.outputStream();
        switch (format) {
            case GRAPHML -> exporter.graphMl(selection, options, out);
            case JSON -> exporter.json(selection, out);
            case CSV -> {
                if (nodes) {
                    exporter.csvNodes(selection, out);
                } else {
                    exporter.csvEdges(selection, options, true, out);
                }
            }
        }
        out.flush();
    }

    private static ExportFormat format(Context ctx) {
        String v = Params.required(ctx, "format");
        ExportFormat f = ExportFormat.parse(v);
        if (f == null) {
            throw new BadParameterException("format", "'format' must be one of " + ExportFormat.names() + ", not '"
                    + Params.abbreviate(v) + "'");
        }
        return f;
    }

    /** True for part=nodes; part only goes with format=csv. */
    private static boolean csvPart(Context ctx, ExportFormat format) {
        String part = Params.optional(ctx, "part");
        if (part == null) {
            return false;
        }
        if (format != ExportFormat.CSV) {
            throw new BadParameterException("part", "'part' only applies to format=csv");
        }
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "nodes" -> true;
            case "edges" -> false;
            default -> throw new BadParameterException("part", "'part' must be nodes or edges, not '"
                    + Params.abbreviate(part) + "'");
        };
    }

    private static boolean bool(Context ctx, String name) {
        String v = Params.optional(ctx, name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(name, "'" + name + "' must be true or false");
        };
    }
}
