package org.coopgraph.ingest;

import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Evidence;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;
import org.coopgraph.model.ReleaseMeta;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes one release and what it asserts, inside the caller's transaction, with batched
 * {@code UNWIND ... MERGE} statements: one per entity type and one per relation.
 *
 * <p>Each fact relationship keeps one entry per source release in parallel lists
 * ({@code sources}, {@code evidence}, {@code evidenceStart}, {@code evidenceEnd}, {@code methods},
 * {@code confidences}, {@code seenOn}) and the aggregates analysts read ({@code confidence},
 * {@code method}, {@code firstSeen}, {@code lastSeen}, {@code since}, {@code until}). That is what
 * lets a release be retracted without touching what other releases hold up.
 */
public final class ReleaseWriter {

    /** Counts of what one write created. */
    public record Written(int entitiesCreated, int factsCreated, int factsAsserted) {
    }

    private static final String RETRACT_SOLE = """
            MATCH (:Release {id: $id})-[:MENTIONS]->(n)-[r]-()
            WHERE type(r) <> 'MENTIONS' AND r.sources = [$id]
            WITH DISTINCT r
            DELETE r""";

    private static final String RETRACT_SHARED = """
            MATCH (:Release {id: $id})-[:MENTIONS]->(n)-[r]-()
            WHERE type(r) <> 'MENTIONS' AND $id IN r.sources
            WITH DISTINCT r
            WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $id] AS keep
            SET r.sources = [i IN keep | r.sources[i]],
                r.evidence = [i IN keep | r.evidence[i]],
                r.evidenceStart = [i IN keep | r.evidenceStart[i]],
                r.evidenceEnd = [i IN keep | r.evidenceEnd[i]],
                r.methods = [i IN keep | r.methods[i]],
                r.confidences = [i IN keep | r.confidences[i]],
                r.seenOn = [i IN keep | r.seenOn[i]]
            SET r.confidence = reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END),
                r.method = r.methods[0],
                r.firstSeen = reduce(m = null, d IN r.seenOn | CASE WHEN d <> '' AND (m IS NULL OR d < m) THEN d ELSE m END),
                r.lastSeen = reduce(m = null, d IN r.seenOn | CASE WHEN d <> '' AND (m IS NULL OR d > m) THEN d ELSE m END),
                r.updatedAt = datetime()""";

    /** Entities the release alone brought in: no other mention, no fact left, not reference data. */
    private static final String DROP_ORPHANS = """
            MATCH (rel:Release {id: $id})-[m:MENTIONS]->(n)
            DELETE m
            WITH n
            WHERE NOT coalesce(n.reference, false) AND NOT (n)--()
            DELETE n""";

    private static final String DELETE_RELEASE = "MATCH (rel:Release {id: $id}) DETACH DELETE rel";

    private static final String MERGE_RELEASE = """
            MERGE (rel:Release {id: $id})
            ON CREATE SET rel.createdAt = datetime()
            SET rel.title = $title, rel.publishedOn = $publishedOn, rel.language = $language,
                rel.source = $source, rel.sha256 = $sha256, rel.text = $text, rel.method = $method,
                rel.importedAt = datetime()""";

    /**
     * Write locks on the entities a release touches that exist already, taken at once and in id
     * order: concurrent imports then queue on their first common entity instead of each holding a
     * shared lock on a hub (INTERPOL) and waiting to upgrade it, which deadlocks.
     */
    private static final String LOCK_ENTITIES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            SET n.`_lock` = true
            REMOVE n.`_lock`""";

    private static final String MENTIONS = """
            MATCH (rel:Release {id: $id})
            UNWIND $ids AS eid
            MATCH (n:Entity {id: eid})
            MERGE (rel)-[:MENTIONS]->(n)""";

    /** Retracts a release: facts only it held up go, shared facts lose its entry, then the node goes. */
    public void retract(TransactionContext tx, String releaseId) {
        Map<String, Object> p = Map.of("id", releaseId);
        tx.run(RETRACT_SOLE, p).consume();
        tx.run(RETRACT_SHARED, p).consume();
        tx.run(DROP_ORPHANS, p).consume();
        tx.run(DELETE_RELEASE, p).consume();
    }

    /**
     * Writes the release node, its entities, its facts and its MENTIONS. The release must not
     * already be in the graph (retract it first).
     */
    public Written write(TransactionContext tx, ReleaseMeta meta, String text, String sha256, String method,
                         Extraction extraction) {
        tx.run(MERGE_RELEASE, releaseRow(meta, text, sha256, method)).consume();

        TreeSet<String> touched = new TreeSet<>();
        extraction.entities().forEach(e -> touched.add(e.id()));
        extraction.facts().forEach(f -> {
            touched.add(f.subject());
            touched.add(f.object());
        });
        tx.run(LOCK_ENTITIES, Map.of("ids", List.copyOf(touched))).consume();

        List<Entity> entities = withGraphTypes(tx, extraction.entities(), !EXTRACTED.equals(method));
        int created = 0;
        Map<EntityType, List<Map<String, Object>>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : entities.stream().sorted(Comparator.comparing(Entity::id)).toList()) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(entityRow(e));
        }
        for (var entry : byType.entrySet()) {
            ResultSummary s = tx.run(mergeEntities(entry.getKey()), Map.of("rows", entry.getValue())).consume();
            created += s.counters().nodesCreated();
        }
        checkTypes(tx, entities);

        int factsCreated = 0;
        int asserted = 0;
        Map<Relation, List<Map<String, Object>>> byRelation = new EnumMap<>(Relation.class);
        for (Fact f : dedupe(extraction.facts())) {
            byRelation.computeIfAbsent(f.relation(), r -> new ArrayList<>())
                    .add(factRow(f, meta.id(), meta.publishedOn()));
        }
        for (var entry : byRelation.entrySet()) {
            ResultSummary s = tx.run(mergeFacts(entry.getKey()), factParams(entry.getValue())).consume();
            factsCreated += s.counters().relationshipsCreated();
            asserted += entry.getValue().size();
        }

        List<String> ids = entities.stream().map(Entity::id).distinct().sorted().toList();
        tx.run(MENTIONS, Map.of("id", meta.id(), "ids", ids)).consume();
        return new Written(created, factsCreated, asserted);
    }

    /** What the extractor writes in a release's {@code method}; curated and reference data say otherwise. */
    public static final String EXTRACTED = "extracted";

    /**
     * The entities with the types the graph already gives their ids. The extractor may read a
     * known name as another type (a person's name before "Centre"): the graph's type wins, and the
     * release's facts still attach to the entity. An Organisation may turn out to be a Centre. What
     * an analyst wrote ({@code strict}: a curated bundle) is not overruled: a conflict refuses it.
     */
    static List<Entity> withGraphTypes(TransactionContext tx, List<Entity> entities, boolean strict) {
        Map<String, EntityType> stored = new HashMap<>();
        tx.run("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.type AS type",
                Map.of("ids", entities.stream().map(Entity::id).distinct().toList()))
                .forEachRemaining(r -> stored.put(r.get("id").asString(), EntityType.parse(r.get("type").asString(null))));
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            EntityType known = stored.get(e.id());
            if (known == null || known == e.type() || known == EntityType.Organisation && e.type() == EntityType.Centre) {
                out.add(e);
            } else if (strict) {
                throw new InvalidReleaseException("entity '" + e.id() + "' is a " + known + " in the graph, and the release"
                        + " gives it as a " + e.type() + ": give the new one another id");
            } else {
                out.add(new Entity(e.id(), known, e.name(), e.aliases(), e.kind(), e.country(), e.properties()));
            }
        }
        return out;
    }

    /**
     * After the MERGE, each entity must carry exactly its type's labels. {@link #withGraphTypes}
     * settles the types beforehand; this catches what it cannot see (a concurrent writer, labels
     * changed by hand). Checked under the entities' locks; the exception rolls the whole release
     * (or batch) back.
     */
    static void checkTypes(TransactionContext tx, List<Entity> entities) {
        Map<String, EntityType> asked = new HashMap<>();
        entities.forEach(e -> asked.put(e.id(), e.type()));
        tx.run("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN n.id AS id, n.type AS type, [l IN labels(n) WHERE l <> 'Entity'] AS labels""",
                Map.of("ids", List.copyOf(asked.keySet()))).forEachRemaining(r -> {
            EntityType type = EntityType.parse(r.get("type").asString(null));
            var labels = new TreeSet<>(r.get("labels").asList(v -> v.asString()));
            if (type == null || !labels.equals(new TreeSet<>(type.labels()))) {
                String id = r.get("id").asString();
                throw new InvalidReleaseException("entity '" + id + "' has the labels " + labels + " in the graph, which"
                        + " a " + asked.get(id) + " cannot take: give the new one another id");
            }
        });
    }

    /**
     * One statement per type: labels come from the enum, never from input. {@code replan=skip}:
     * while a graph grows from empty its statistics change fast, and re-planning these
     * statements every few seconds cost more than running them.
     */
    public static String mergeEntities(EntityType type) {
        String labels = String.join(":", type.labels());
        return """
                CYPHER replan=skip
                UNWIND $rows AS row
                MERGE (n:Entity {id: row.id})
                ON CREATE SET n.createdAt = datetime(), n.name = row.name, n.nameKey = row.nameKey, n.type = row.type
                SET n:%s,
                    n.type = CASE WHEN row.type = 'Centre' THEN 'Centre' ELSE coalesce(n.type, row.type) END,
                    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases |
                        CASE WHEN a IN acc THEN acc ELSE acc + a END),
                    n.kind = coalesce(n.kind, row.kind),
                    n.country = coalesce(n.country, row.country),
                    n.updatedAt = datetime()
                SET n += row.props
                SET n.aliasText = reduce(s = '', a IN n.aliases | s + a + ' ; ')""".formatted(labels);
    }

    /** One statement per relation: the type comes from the enum, never from input. */
    public static String mergeFacts(Relation relation) {
        return """
                CYPHER replan=skip
                UNWIND $groups AS g
                MATCH (a:Entity {id: g.subject})
                MATCH (b:Entity {id: g.object})
                MERGE (a)-[r:%s {key: g.key}]->(b)
                ON CREATE SET r.sources = [], r.evidence = [], r.evidenceStart = [], r.evidenceEnd = [],
                              r.methods = [], r.confidences = [], r.seenOn = [], r.createdAt = datetime()
                WITH r, [f IN g.rows WHERE NOT f.release IN r.sources] AS fs
                WHERE size(fs) > 0
                FOREACH (f IN fs | SET r += f.props)
                SET r.sources = r.sources + [f IN fs | f.release],
                    r.evidence = r.evidence + [f IN fs | f.quote],
                    r.evidenceStart = r.evidenceStart + [f IN fs | f.start],
                    r.evidenceEnd = r.evidenceEnd + [f IN fs | f.end],
                    r.methods = r.methods + [f IN fs | f.method],
                    r.confidences = r.confidences + [f IN fs | f.confidence],
                    r.seenOn = r.seenOn + [f IN fs | f.seen],
                    r.since = reduce(m = r.since, f IN fs | CASE WHEN f.since IS NULL THEN m
                                     WHEN m IS NULL OR f.since < m THEN f.since ELSE m END),
                    r.until = reduce(m = r.until, f IN fs | CASE WHEN f.until IS NULL THEN m
                                     WHEN m IS NULL OR f.until > m THEN f.until ELSE m END),
                    r.confidence = reduce(m = r.confidence, f IN fs | CASE WHEN m IS NULL OR f.confidence > m
                                          THEN f.confidence ELSE m END),
                    r.method = coalesce(r.method, fs[0].method),
                    r.firstSeen = reduce(m = r.firstSeen, f IN fs | CASE WHEN f.seen = '' THEN m
                                         WHEN m IS NULL OR f.seen < m THEN f.seen ELSE m END),
                    r.lastSeen = reduce(m = r.lastSeen, f IN fs | CASE WHEN f.seen = '' THEN m
                                        WHEN m IS NULL OR f.seen > m THEN f.seen ELSE m END),
                    r.updatedAt = datetime()""".formatted(relation.name());
    }

    /**
     * The parameters of {@link #mergeFacts}: the rows of one relation grouped by fact (subject,
     * object, key), in the order given. A fact that many releases of a batch repeat (INTERPOL
     * disseminating to its members) then has its provenance lists rewritten once per batch, not
     * once per release: those lists hold thousands of entries on a hub.
     */
    public static Map<String, Object> factParams(List<Map<String, Object>> rows) {
        Map<List<Object>, Map<String, Object>> groups = new LinkedHashMap<>();
        Map<List<Object>, List<Map<String, Object>>> rowsOf = new HashMap<>();
        for (Map<String, Object> row : rows) {
            List<Object> fact = Arrays.asList(row.get("subject"), row.get("object"), row.get("key"));
            rowsOf.computeIfAbsent(fact, k -> {
                List<Map<String, Object>> list = new ArrayList<>();
                Map<String, Object> g = new HashMap<>();
                g.put("subject", row.get("subject"));
                g.put("object", row.get("object"));
                g.put("key", row.get("key"));
                g.put("rows", list);
                groups.put(k, g);
                return list;
            }).add(row);
        }
        return Map.of("groups", List.copyOf(groups.values()));
    }

    /** The release node's properties, as {@link #MERGE_RELEASE} and the batched writer set them. */
    static Map<String, Object> releaseRow(ReleaseMeta meta, String text, String sha256, String method) {
        Map<String, Object> release = new HashMap<>();
        release.put("id", meta.id());
        release.put("title", meta.title());
        release.put("publishedOn", meta.publishedOn());
        release.put("language", meta.language());
        release.put("source", meta.source());
        release.put("sha256", sha256);
        release.put("text", text);
        release.put("method", method);
        return release;
    }

    /** The parameters of {@link #mergeEntities} for one entity. */
    public static Map<String, Object> entityRow(Entity e) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", e.id());
        row.put("name", e.name());
        row.put("nameKey", Normalise.key(e.name()));
        row.put("type", e.type().name());
        List<String> aliases = new ArrayList<>();
        aliases.add(e.name());
        for (String a : e.aliases()) {
            if (a != null && !a.isBlank() && !aliases.contains(a)) {
                aliases.add(a);
            }
        }
        row.put("aliases", aliases);
        row.put("kind", e.kind());
        row.put("country", e.country());
        row.put("props", scalars(e.properties()));
        return row;
    }

    /** The parameters of {@link #mergeFacts} for one fact of one release. */
    public static Map<String, Object> factRow(Fact f, String releaseId, String publishedOn) {
        Evidence ev = f.evidence();
        Map<String, Object> row = new HashMap<>();
        row.put("subject", f.subject());
        row.put("object", f.object());
        row.put("key", f.key());
        row.put("props", scalars(f.properties()));
        row.put("release", releaseId);
        row.put("quote", ev == null || ev.quote() == null ? "" : ev.quote());
        row.put("start", ev == null ? -1 : ev.start());
        row.put("end", ev == null ? -1 : ev.end());
        row.put("method", f.method() == null ? "unknown" : f.method());
        row.put("confidence", f.confidence());
        row.put("seen", publishedOn == null ? "" : publishedOn);
        row.put("since", f.since());
        row.put("until", f.until());
        return row;
    }

    /** Neo4j properties hold scalars and lists of them; anything else is dropped, and so are nulls. */
    private static Map<String, Object> scalars(Map<String, Object> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.put(k, v);
            }
        });
        out.remove("key");
        return out;
    }

    /** One row per (subject, relation, object, key): the most confident statement wins. */
    public static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            String k = f.subject() + "\u0000" + f.relation() + "\u0000" + f.object() + "\u0000" + f.key();
            best.merge(k, f, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return new ArrayList<>(best.values());
    }
}
