package org.coopgraph.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link JsonDump} document into a graph, merging on ids (and on start, type, key, end
 * for facts), so that restoring twice changes nothing.
 *
 * <p>A first pass reads the whole file and refuses it, before anything is written, when it is not
 * a coopgraph dump of a known version, names a label or relationship type outside the model
 * ({@link EntityType}, {@link Relation}, plus {@code Release} and {@code MENTIONS}), holds a value
 * Neo4j cannot store, or has a fact or mention whose ends are not in the file. The second pass
 * writes the sections in the file's order (releases, entities, facts, mentions) with batched
 * {@code UNWIND ... MERGE}, one write transaction per {@link #BATCH} rows: an interrupted restore
 * keeps what was committed, and running it again completes it. {@code createdAt} and
 * {@code updatedAt} are set at restore; {@code nameKey} and {@code aliasText} are derived as the
 * importer derives them. Labels and types in the statements come from the enums, never from the file.
 */
public final class JsonRestore {

    public static final int BATCH = 2000;

    /** How many records of each kind were written. */
    public record Restored(long releases, long entities, long facts, long mentions) {
    }

    static final List<String> SECTIONS = List.of("releases", "entities", "facts", "mentions");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MERGE_RELEASES = """
            UNWIND $rows AS row
            MERGE (n:Release {id: row.id})
            ON CREATE SET n.createdAt = datetime()
            SET n += row.props
            RETURN count(n) AS written""";

    private static final String MERGE_ENTITIES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            ON CREATE SET n.createdAt = datetime()
            SET n:%s, n += row.props, n.nameKey = row.nameKey, n.updatedAt = datetime()
            SET n.aliasText = reduce(s = '', a IN coalesce(n.aliases, []) | s + a + ' ; ')
            RETURN count(n) AS written""";

    private static final String MERGE_FACTS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.start})
            MATCH (b:Entity {id: row.end})
            MERGE (a)-[r:%s {key: row.key}]->(b)
            ON CREATE SET r.createdAt = datetime()
            SET r += row.props, r.updatedAt = datetime()
            RETURN count(r) AS written""";

    private static final String MERGE_MENTIONS = """
            UNWIND $rows AS row
            MATCH (r:Release {id: row.release})
            MATCH (e:Entity {id: row.entity})
            MERGE (r)-[:MENTIONS]->(e)
            RETURN count(*) AS written""";

    private final Graph graph;

    public JsonRestore(Graph graph) {
        this.graph = graph;
    }

    /**
     * Checks the whole file, then writes it.
     *
     * @throws InvalidDumpException when the file is refused (nothing is written then)
     */
    /** True when the file is a coopgraph JSON export (its header names the format). */
    public static boolean isDump(Path file) {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        try (var in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8);
            return head.replaceAll("\\s", "").contains("\"format\":\"" + JsonDump.FORMAT + "\"");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public Restored restore(Path file) {
        scan(file, new Check());
        Writing writing = new Writing();
        scan(file, writing);
        return new Restored(writing.count("releases"), writing.count("entities"), writing.count("facts"),
                writing.count("mentions"));
    }

    /** A record of the file: its section, its position there, and its JSON. */
    record Numbered(String section, long index, JsonNode node) {
        /** Where in the file, for messages: {@code entities[12] (id 'x')}, {@code facts[3] (a -SUPPORTS-> b)}. */
        String where() {
            String at = section + "[" + index + "]";
            if (node.hasNonNull("id")) {
                return at + " (id '" + node.get("id").asText() + "')";
            }
            if (node.hasNonNull("start")) {
                return at + " (" + node.get("start").asText() + " -" + node.path("type").asText() + "-> "
                        + node.path("end").asText() + ")";
            }
            return at;
        }
    }

    /** A row for the driver, and the statement that writes it (one per label set or relationship type). */
    private record Row(String statement, Map<String, Object> values) {
    }

    private interface Handler {
        void record(Numbered r);

        void endSection(String section);
    }

    /** The first pass: every record converts, and facts and mentions point at nodes in the file. */
    private static final class Check implements Handler {
        private final Set<String> releases = new HashSet<>();
        private final Set<String> entities = new HashSet<>();

        @Override
        public void record(Numbered r) {
            Row row = row(r);
            Map<String, Object> v = row.values();
            switch (r.section()) {
                case "releases" -> releases.add((String) v.get("id"));
                case "entities" -> entities.add((String) v.get("id"));
                case "facts" -> {
                    need(entities, v.get("start"), r, "entity");
                    need(entities, v.get("end"), r, "entity");
                }
                default -> {
                    need(releases, v.get("release"), r, "release");
                    need(entities, v.get("entity"), r, "entity");
                }
            }
        }

        @Override
        public void endSection(String section) {
        }

        private static void need(Set<String> ids, Object id, Numbered r, String what) {
            if (!ids.contains(id)) {
                throw new InvalidDumpException(r.where() + ": refers to " + what + " '" + id
                        + "', which the file does not hold");
            }
        }
    }

    /** The second pass: rows batched per statement, each batch flushed in its own write transaction. */
    private final class Writing implements Handler {
        private final Map<String, List<Map<String, Object>>> pending = new LinkedHashMap<>();
        private final Map<String, Long> counts = new HashMap<>();

        @Override
        public void record(Numbered r) {
            Row row = row(r);
            List<Map<String, Object>> batch = pending.computeIfAbsent(row.statement(), s -> new ArrayList<>());
            batch.add(row.values());
            if (batch.size() >= BATCH) {
                flush(r.section(), row.statement(), batch);
            }
        }

        /** Everything of a section is written before the next section starts (facts need their entities). */
        @Override
        public void endSection(String section) {
            pending.forEach((statement, batch) -> flush(section, statement, batch));
            pending.clear();
        }

        long count(String section) {
            return counts.getOrDefault(section, 0L);
        }

        private void flush(String section, String statement, List<Map<String, Object>> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<Map<String, Object>> rows = List.copyOf(batch);
            batch.clear();
            long written = graph.write(tx -> tx.run(statement, Map.of("rows", rows)).single().get("written").asLong());
            if (written != rows.size()) {
                throw new InvalidDumpException(section + ": " + (rows.size() - written) + " of " + rows.size()
                        + " records refer to nodes missing from the graph (was it changed during the restore?)");
            }
            counts.merge(section, written, Long::sum);
        }
    }

    private static Row row(Numbered r) {
        Map<String, Object> row = new HashMap<>();
        return switch (r.section()) {
            case "releases" -> {
                row.put("id", text(r, "id"));
                row.put("props", properties(r, Set.of("id")));
                yield new Row(MERGE_RELEASES, row);
            }
            case "entities" -> {
                Map<String, Object> props = properties(r, Set.of("id", "labels"));
                row.put("id", text(r, "id"));
                row.put("props", props);
                row.put("nameKey", Normalise.key(props.get("name") instanceof String s ? s : null));
                yield new Row(MERGE_ENTITIES.formatted(String.join(":", typeLabels(r))), row);
            }
            case "facts" -> {
                row.put("start", text(r, "start"));
                row.put("end", text(r, "end"));
                row.put("key", key(r));
                row.put("props", properties(r, Set.of("start", "type", "end", "key")));
                yield new Row(MERGE_FACTS.formatted(relation(r).name()), row);
            }
            default -> {
                row.put("release", text(r, "release"));
                row.put("entity", text(r, "entity"));
                yield new Row(MERGE_MENTIONS, row);
            }
        };
    }

    /** An entity's labels besides Entity, as the model spells them (the file only picks among them). */
    static List<String> typeLabels(Numbered r) {
        JsonNode labels = r.node().get("labels");
        if (labels == null || !labels.isArray()) {
            throw new InvalidDumpException(r.where() + ": 'labels' must be a list of labels");
        }
        Set<String> given = new TreeSet<>();
        labels.forEach(l -> given.add(l.asText()));
        if (!given.remove(EntityType.ENTITY_LABEL)) {
            throw new InvalidDumpException(r.where() + ": an entity must carry the label " + EntityType.ENTITY_LABEL);
        }
        List<String> out = new ArrayList<>();
        for (String label : modelLabels()) {
            if (given.remove(label)) {
                out.add(label);
            }
        }
        if (!given.isEmpty()) {
            throw new InvalidDumpException(r.where() + ": label" + (given.size() > 1 ? "s " : " ") + given
                    + " not in the model " + modelLabels());
        }
        if (out.isEmpty()) {
            throw new InvalidDumpException(r.where() + ": an entity needs a type label among " + modelLabels());
        }
        return out;
    }

    private static Relation relation(Numbered r) {
        String type = text(r, "type");
        for (Relation rel : Relation.values()) {
            if (rel.name().equals(type)) {
                return rel;
            }
        }
        throw new InvalidDumpException(r.where() + ": relationship type '" + type + "' is not in the model "
                + List.of(Relation.values()));
    }

    private static Set<String> modelLabels() {
        Set<String> all = new TreeSet<>();
        for (EntityType t : EntityType.values()) {
            all.addAll(t.labels());
        }
        return all;
    }

    private static String text(Numbered r, String field) {
        JsonNode v = r.node().get(field);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
            throw new InvalidDumpException(r.where() + ": '" + field + "' must be a non-empty string");
        }
        return v.textValue();
    }

    /** A fact's key: a string, empty for relations without a key property. */
    private static String key(Numbered r) {
        JsonNode v = r.node().get("key");
        if (v == null || !v.isTextual()) {
            throw new InvalidDumpException(r.where() + ": 'key' must be a string (empty when the relation has none)");
        }
        return v.textValue();
    }

    /** Every other field, as a property; bookkeeping and derived fields are the restore's to set. */
    private static Map<String, Object> properties(Numbered r, Set<String> fields) {
        Map<String, Object> props = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = r.node().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (fields.contains(k) || JsonDump.BOOKKEEPING.contains(k) || JsonDump.DERIVED.contains(k)) {
                continue;
            }
            Object v = JsonValues.fromJson(e.getValue(), r.where() + " property '" + k + "'");
            if (v != null) {
                props.put(k, v);
            }
        }
        return props;
    }

    /** Reads the header, then hands each record to the handler, section by section in the fixed order. */
    private static void scan(Path file, Handler handler) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidDumpException("not a coopgraph export: the file is not a JSON object");
            }
            boolean format = false;
            boolean version = false;
            int lastSection = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                int section = SECTIONS.indexOf(field);
                if (field.equals("format")) {
                    if (!JsonDump.FORMAT.equals(p.getValueAsString())) {
                        throw new InvalidDumpException("not a coopgraph export: format is '" + p.getText()
                                + "', not '" + JsonDump.FORMAT + "'");
                    }
                    format = true;
                } else if (field.equals("version")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != JsonDump.VERSION) {
                        throw new InvalidDumpException("export version " + p.getText()
                                + " is not supported (this coopgraph reads version " + JsonDump.VERSION + ")");
                    }
                    version = true;
                } else if (field.equals("exportedAt")) {
                    p.skipChildren();
                } else if (section >= 0) {
                    if (!format || !version) {
                        throw new InvalidDumpException("not a coopgraph export: 'format' and 'version' must come first");
                    }
                    if (section <= lastSection) {
                        throw new InvalidDumpException("the sections must come once each, in the order " + SECTIONS);
                    }
                    lastSection = section;
                    records(p, field, value, handler);
                } else {
                    throw new InvalidDumpException("unknown field '" + field + "' in the export");
                }
            }
            if (!format || !version) {
                throw new InvalidDumpException("not a coopgraph export: it has no 'format' or no 'version'");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidDumpException("not valid JSON: " + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void records(JsonParser p, String section, JsonToken start, Handler handler) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw new InvalidDumpException("'" + section + "' must be a list");
        }
        long index = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            handler.record(new Numbered(section, index++, p.readValueAsTree()));
        }
        if (t != JsonToken.END_ARRAY) {
            throw new InvalidDumpException(section + "[" + index + "] must be an object");
        }
        handler.endSection(section);
    }
}
