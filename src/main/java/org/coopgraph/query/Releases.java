package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.ReleaseNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The source documents: a paged list, and one release with its text and what it asserts. */
public final class Releases {

    public record Summary(String id, String title, String publishedOn, String language, String source,
                          String method, String importedAt, long mentions) {
    }

    public record Page(List<Summary> releases, String nextCursor) {
    }

    /** A fact as this release states it: its own quote, offsets, method and confidence. */
    public record Asserted(EntityRef subject, String relation, EntityRef object, Map<String, Object> properties,
                           String since, String until, String quote, int start, int end, String method,
                           Double confidence) {
    }

    public record Detail(Summary release, String sha256, String text, List<EntityRef> mentions,
                         List<Asserted> facts) {
    }

    private static final String SUMMARY = "r {.id, .title, .publishedOn, .language, .source, .method, .importedAt}";

    static final Statement LIST = Cypher.match(ReleaseNode.RELEASE.named("r"))
            .where(Cypher.raw("$cursor IS NULL OR [coalesce(r.publishedOn, ''), r.id] < $cursorKey").asCondition())
            .returning(Cypher.raw(SUMMARY).as("r"), Cypher.raw("COUNT { (r)-[:MENTIONS]->() }").as("mentions"))
            .orderBy(Cypher.raw("coalesce(r.publishedOn, '')").descending(), Cypher.raw("r.id").descending())
            .limit(Cypher.parameter("limit"))
            .build();

    static final Statement DETAIL = Cypher.match(ReleaseNode.RELEASE.named("r")
                    .withProperties("id", Cypher.parameter("id")))
            .returning(Cypher.raw("r {.*}").as("r"),
                    Cypher.raw("COUNT { (r)-[:MENTIONS]->() }").as("mentions"),
                    Cypher.raw("[(r)-[:MENTIONS]->(n) | $E]", Cyphers.ref("n")).as("entities"),
                    Cypher.raw("COLLECT { MATCH (r)-[:MENTIONS]->(a)-[f]->(b:Entity) WHERE r.id IN f.sources "
                            + "WITH a, f, b, [i IN range(0, size(f.sources) - 1) WHERE f.sources[i] = r.id][0] AS i "
                            + "RETURN {subject: $E, relation: type(f), object: $E, properties: f {.title, .kind, .scope, .role}, "
                            + "since: f.since, until: f.until, quote: f.evidence[i], start: f.evidenceStart[i], "
                            + "end: f.evidenceEnd[i], method: f.methods[i], confidence: f.confidences[i]} }",
                            Cyphers.ref("a"), Cyphers.ref("b")).as("facts"))
            .build();

    private final Graph graph;

    public Releases(Graph graph) {
        this.graph = graph;
    }

    /** Newest first; the cursor is the last id of the previous page. */
    public Page list(int limit, String cursor) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit + 1);
        params.put("cursor", cursor);
        params.put("cursorKey", cursor == null ? null : cursorKey(cursor));
        List<Summary> rows = Cyphers.read(graph, LIST, params, Releases::summary, "lower limit");
        String next = rows.size() > limit ? rows.get(limit - 1).id() : null;
        return new Page(rows.size() > limit ? rows.subList(0, limit) : rows, next);
    }

    public Detail get(String id) {
        List<Detail> found = Cyphers.read(graph, DETAIL, Map.of("id", id), r -> new Detail(summary(r),
                r.get("r").get("sha256").asString(null), r.get("r").get("text").asString(null),
                r.get("entities").asList(EntityRef::of), r.get("facts").asList(Releases::asserted)), "");
        if (found.isEmpty()) {
            throw new NotFoundException("no release with id '" + id + "'");
        }
        return found.get(0);
    }

    private List<String> cursorKey(String cursor) {
        List<String> key = graph.read(tx -> tx.run("MATCH (r:Release {id: $id}) RETURN coalesce(r.publishedOn, '') AS d",
                Map.of("id", cursor)).list(r -> r.get("d").asString()));
        if (key.isEmpty()) {
            throw new BadParameterException("cursor", "'cursor' does not name a release; use nextCursor from the previous page");
        }
        return List.of(key.get(0), cursor);
    }

    private static Summary summary(Record rec) {
        Value r = rec.get("r");
        return new Summary(r.get("id").asString(), r.get("title").asString(null), r.get("publishedOn").asString(null),
                r.get("language").asString(null), r.get("source").asString(null), r.get("method").asString(null),
                r.get("importedAt").isNull() ? null : r.get("importedAt").asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                rec.get("mentions").asLong());
    }

    private static Asserted asserted(Value f) {
        Map<String, Object> props = new HashMap<>();
        f.get("properties").asMap().forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        String quote = f.get("quote").asString(null);
        return new Asserted(EntityRef.of(f.get("subject")), f.get("relation").asString(), EntityRef.of(f.get("object")),
                props, f.get("since").asString(null), f.get("until").asString(null),
                quote == null || quote.isEmpty() ? null : quote, f.get("start").asInt(-1), f.get("end").asInt(-1),
                f.get("method").asString(null), f.get("confidence").isNull() ? null : f.get("confidence").asDouble());
    }
}
