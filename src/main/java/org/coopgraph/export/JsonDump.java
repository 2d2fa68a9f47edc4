package org.coopgraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The canonical, complete dump for backup and restore ({@link JsonRestore} reads it back):
 *
 * <pre>
 * {"format":"coopgraph-export","version":1,"exportedAt":"...",
 * "releases":[ {"id":..., every other property}, ... ],
 * "entities":[ {"id":..., "labels":[...], every other property}, ... ],
 * "facts":[ {"start":..., "type":..., "end":..., every property, parallel lists included}, ... ],
 * "mentions":[ {"release":..., "entity":...}, ... ]}
 * </pre>
 *
 * One record per line, in the reader's order, properties sorted by name; {@code createdAt} and
 * {@code updatedAt} (set again at restore) and the search helpers {@code aliasText} and
 * {@code nameKey} (derived) are left out. Only the header's {@code exportedAt} differs between two
 * dumps of the same graph, and it is left out when null (see {@link CanonicalGraph}).
 */
public final class JsonDump {

    public static final String FORMAT = "coopgraph-export";
    public static final int VERSION = 1;

    static final Set<String> BOOKKEEPING = Set.of("createdAt", "updatedAt");
    static final Set<String> DERIVED = Set.of("aliasText", "nameKey");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphReader reader;

    public JsonDump(GraphReader reader) {
        this.reader = reader;
    }

    /** Writes the selection; {@code exportedAt} null leaves the timestamp out. Does not close {@code out}. */
    public void write(Selection selection, Instant exportedAt, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        write(w, "{\"format\":" + json(FORMAT) + ",\"version\":" + VERSION
                + (exportedAt == null ? "" : ",\"exportedAt\":" + json(exportedAt.toString())) + ",\n");
        section(w, "releases", true, sink -> reader.releases(selection, n -> sink.accept(release(n))));
        section(w, "entities", true, sink -> reader.entities(selection, n -> sink.accept(entity(n))));
        section(w, "facts", true, sink -> reader.facts(selection, r -> sink.accept(fact(r))));
        section(w, "mentions", false, sink -> reader.mentions(selection, r -> sink.accept(mention(r))));
        write(w, "}\n");
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> release(GraphNode n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        properties(n.properties(), out, Set.of("id"), "release '" + n.id() + "'");
        return out;
    }

    private static Map<String, Object> entity(GraphNode n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        out.put("labels", n.labels());
        properties(n.properties(), out, Set.of("id"), "entity '" + n.id() + "'");
        return out;
    }

    private static Map<String, Object> fact(GraphRelationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", r.start());
        out.put("type", r.type());
        out.put("end", r.end());
        properties(r.properties(), out, Set.of(), "fact " + r.id());
        return out;
    }

    private static Map<String, Object> mention(GraphRelationship r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("release", r.start());
        out.put("entity", r.end());
        return out;
    }

    /** Adds the properties after the record's own fields; one that would overwrite a field is an error. */
    private static void properties(Map<String, Object> props, Map<String, Object> out, Set<String> skip,
                                   String what) {
        props.forEach((k, v) -> {
            if (skip.contains(k) || BOOKKEEPING.contains(k) || DERIVED.contains(k)) {
                return;
            }
            if (out.containsKey(k)) {
                throw new IllegalStateException(what + " has a property '" + k
                        + "', a name the dump reserves for its own field");
            }
            out.put(k, JsonValues.toJson(v));
        });
    }

    private static void section(Writer w, String name, boolean more, Consumer<Consumer<Map<String, Object>>> rows) {
        write(w, json(name) + ":[");
        boolean[] first = {true};
        rows.accept(row -> {
            write(w, (first[0] ? "\n" : ",\n") + json(row));
            first[0] = false;
        });
        write(w, "\n]" + (more ? ",\n" : "\n"));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
