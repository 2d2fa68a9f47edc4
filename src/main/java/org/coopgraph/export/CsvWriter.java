package org.coopgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes nodes and edges as RFC 4180 CSV (UTF-8, CRLF line ends, a header row, fields quoted when
 * they hold a comma, a quote, CR or LF). Lists are joined with " | ".
 *
 * <ul>
 *   <li>nodes: {@code id,labels,type,name,aliases,kind,country} (a release: labels and type
 *       {@code Release}, name its title);</li>
 *   <li>edges: {@code source,relation,target,key,since,until,confidence,method,sources,evidence},
 *       or with the names of both ends ({@code sourceName} after source, {@code targetName} after
 *       target) as the API answers it.</li>
 * </ul>
 */
public final class CsvWriter {

    public static final List<String> NODE_COLUMNS = List.of("id", "labels", "type", "name", "aliases", "kind",
            "country");
    public static final List<String> EDGE_COLUMNS = List.of("source", "relation", "target", "key", "since", "until",
            "confidence", "method", "sources", "evidence");
    public static final List<String> NAMED_EDGE_COLUMNS = List.of("source", "sourceName", "relation", "target",
            "targetName", "key", "since", "until", "confidence", "method", "sources", "evidence");

    private final GraphReader reader;

    public CsvWriter(GraphReader reader) {
        this.reader = reader;
    }

    /** Entities, then releases, each by id. Does not close {@code out}. */
    public void nodes(Selection selection, OutputStream out) {
        Writer w = writer(out);
        row(w, NODE_COLUMNS);
        Consumer<GraphNode> node = n -> row(w, List.of(n.id(), String.join(":", n.labels()),
                text(n.type()), text(n.isRelease() ? n.displayName() : n.get("name")), text(n.get("aliases")),
                text(n.get("kind")), text(n.get("country"))));
        reader.entities(selection, node);
        reader.releases(selection, node);
        flush(w);
    }

    /** Facts by start id, type, key, end id; then MENTIONS when asked for. Does not close {@code out}. */
    public void edges(Selection selection, boolean mentions, boolean withNames, OutputStream out) {
        Writer w = writer(out);
        row(w, withNames ? NAMED_EDGE_COLUMNS : EDGE_COLUMNS);
        Consumer<GraphRelationship> edge = r -> {
            List<String> cells = new ArrayList<>(NAMED_EDGE_COLUMNS.size());
            cells.add(r.start());
            if (withNames) {
                cells.add(text(r.startName()));
            }
            cells.add(r.type());
            cells.add(r.end());
            if (withNames) {
                cells.add(text(r.endName()));
            }
            cells.add(r.key());
            for (String p : List.of("since", "until", "confidence", "method", "sources", "evidence")) {
                cells.add(text(r.get(p)));
            }
            row(w, cells);
        };
        reader.facts(selection, edge);
        if (mentions) {
            reader.mentions(selection, edge);
        }
        flush(w);
    }

    /** One field as RFC 4180 wants it: quoted, quotes doubled, when it holds a comma, quote, CR or LF. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String text(Object value) {
        String s = Values.text(value);
        return s == null ? "" : s;
    }

    private static void row(Writer w, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(field(cells.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    private static void flush(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
