package org.coopgraph.ingest;

import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes many new releases in one transaction: one {@code UNWIND ... MERGE} per entity type and per
 * relation for the whole batch, the same graph shape and provenance lists as {@link ReleaseWriter},
 * whose statements and rows it reuses. Entities seen by several releases of a batch are merged in
 * Java first so each id is written once per batch, in id order (so that concurrent writers lock in
 * the same order). A batch that gives an existing entity another type is refused as a whole
 * ({@link InvalidReleaseException}); {@link BulkImport} then writes its releases one by one.
 *
 * <p>Releases already in the graph are not handled here (their replacement needs a retraction):
 * {@link #newOnly} filters them out and the caller imports them one by one.
 */
public final class BatchWriter {

    /** A release read and extracted, ready to write. */
    public record Item(ReleaseDocument doc, Extraction extraction, String method) {
    }

    /** What a batch wrote. */
    public record Written(int releases, int entities, int entitiesCreated, int facts, int factsCreated, int mentions) {
    }

    /**
     * Bulk statements skip the planner's stale-statistics replanning: while a graph grows from empty
     * every plan looks stale after the 10 s minimum interval and is replanned, and planning was most of
     * the database's CPU in the profile; these plans are index seeks on unique constraints whatever the
     * statistics say.
     */
    static final String PREFIX = "CYPHER replan=skip\n";

    static final String MERGE_RELEASES = PREFIX + """
            UNWIND $rows AS row
            MERGE (rel:Release {id: row.id})
            ON CREATE SET rel.createdAt = datetime()
            SET rel.title = row.title, rel.publishedOn = row.publishedOn, rel.language = row.language,
                rel.source = row.source, rel.sha256 = row.sha256, rel.text = row.text, rel.method = row.method,
                rel.importedAt = datetime()""";

    /** One MENTIONS edge per row {release, id}. */
    public static final String MENTIONS = PREFIX + """
            UNWIND $rows AS m
            MATCH (rel:Release {id: m.release})
            MATCH (n:Entity {id: m.id})
            MERGE (rel)-[:MENTIONS]->(n)""";

    /** The items whose release id the graph does not hold yet (first of each id within the list). */
    public static List<Item> newOnly(Graph graph, List<Item> items) {
        List<String> ids = items.stream().map(i -> i.doc().meta().id()).toList();
        List<String> existing = graph.read(tx -> tx.run("MATCH (r:Release) WHERE r.id IN $ids RETURN r.id AS id",
                Map.of("ids", ids)).list(r -> r.get("id").asString()));
        Set<String> skip = new HashSet<>(existing);
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (skip.add(i.doc().meta().id())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Writes the items (all new releases) in one transaction, retried as a whole on transient errors. */
    public Written write(Graph graph, List<Item> items) {
        return graph.write(tx -> write(tx, items));
    }

    public Written write(TransactionContext tx, List<Item> items) {
        List<Map<String, Object>> releases = new ArrayList<>();
        Map<String, Entity> entities = new TreeMap<>();
        Map<Relation, List<Map<String, Object>>> facts = new EnumMap<>(Relation.class);
        List<Map<String, Object>> mentions = new ArrayList<>();
        int factCount = 0;
        for (Item item : items) {
            var meta = item.doc().meta();
            releases.add(ReleaseWriter.releaseRow(meta, item.doc().body(), item.doc().sha256(), item.method()));
            Set<String> mentioned = new LinkedHashSet<>();
            for (Entity e : item.extraction().entities()) {
                entities.merge(e.id(), e, BatchWriter::mergeEntity);
                mentioned.add(e.id());
            }
            for (String id : mentioned) {
                mentions.add(Map.of("release", meta.id(), "id", id));
            }
            for (Fact f : ReleaseWriter.dedupe(item.extraction().facts())) {
                facts.computeIfAbsent(f.relation(), r -> new ArrayList<>()).add(ReleaseWriter.factRow(f, meta.id(), meta.publishedOn()));
                factCount++;
            }
        }
        tx.run(MERGE_RELEASES, Map.of("rows", releases)).consume();
        boolean strict = items.stream().anyMatch(i -> !ReleaseWriter.EXTRACTED.equals(i.method()));
        List<Entity> typed = ReleaseWriter.withGraphTypes(tx, List.copyOf(entities.values()), strict);
        Map<EntityType, List<Map<String, Object>>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : typed) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(ReleaseWriter.entityRow(e));
        }
        int entitiesCreated = 0;
        for (var entry : byType.entrySet()) {
            entitiesCreated += tx.run(ReleaseWriter.mergeEntities(entry.getKey()), Map.of("rows", entry.getValue()))
                    .consume().counters().nodesCreated();
        }
        ReleaseWriter.checkTypes(tx, typed);
        int factsCreated = 0;
        for (var entry : facts.entrySet()) {
            factsCreated += tx.run(ReleaseWriter.mergeFacts(entry.getKey()), ReleaseWriter.factParams(entry.getValue()))
                    .consume().counters().relationshipsCreated();
        }
        tx.run(MENTIONS, Map.of("rows", mentions)).consume();
        return new Written(items.size(), entities.size(), entitiesCreated, factCount, factsCreated, mentions.size());
    }

    /** Two sightings of one id in a batch: the first's name and type, every alias. */
    private static Entity mergeEntity(Entity a, Entity b) {
        if (b.aliases().isEmpty() || a.aliases().containsAll(b.aliases())) {
            return a;
        }
        List<String> aliases = new ArrayList<>(a.aliases());
        for (String s : b.aliases()) {
            if (!aliases.contains(s)) {
                aliases.add(s);
            }
        }
        return new Entity(a.id(), a.type() == EntityType.Centre || b.type() != EntityType.Centre ? a.type() : b.type(),
                a.name(), aliases, a.kind() != null ? a.kind() : b.kind(), a.country() != null ? a.country() : b.country(),
                a.properties());
    }

}
