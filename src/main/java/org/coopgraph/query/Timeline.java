package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened around an entity, in date order: facts that started or ended (their since and
 * until), events and agreements it took part in, and the releases that name it.
 */
public final class Timeline {

    /**
     * One dated item. {@code kind} is fact-start, fact-end, event, agreement or release; for facts,
     * {@code relation}, {@code direction} and {@code other} say which.
     */
    public record Item(String date, String kind, String relation, String direction, EntityRef other, String title,
                       Map<String, Object> properties, List<Source> sources) {
    }

    public record Answer(EntityRef entity, List<Item> items, String nextCursor) {
    }

    static final Statement STATEMENT = statement();

    private final Graph graph;

    public Timeline(Graph graph) {
        this.graph = graph;
    }

    public Answer of(String id, String from, String to, int limit, int offset) {
        EntityRef entity = Lookups.entity(graph, id);
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("from", from);
        params.put("to", to);
        params.put("skip", offset);
        params.put("limit", limit + 1);
        List<Item> items = Cyphers.read(graph, STATEMENT, params, r -> toItem(r.get("item")), "give from and to");
        boolean more = items.size() > limit;
        return new Answer(entity, more ? items.subList(0, limit) : items, more ? String.valueOf(offset + limit) : null);
    }

    private static Statement statement() {
        String fact = "{date: d, kind: k, relation: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' "
                + "ELSE 'in' END, other: {id: m.id, type: m.type, name: m.name}, title: null, "
                + "properties: r {.title, .kind, .scope, .role}, sources: $E}";
        Statement facts = Cypher.with(Cypher.name("n"))
                .match(Cypher.anyNode("n").relationshipBetween(EntityNode.ENTITY.named("m")).named("r"))
                .unwind(Cypher.raw("[[r.since, 'fact-start'], [r.until, 'fact-end']]")).as("dk")
                .with(Cypher.name("n"), Cypher.name("r"), Cypher.name("m"), Cypher.raw("dk[0]").as("d"),
                        Cypher.raw("dk[1]").as("k"))
                .where(Cypher.raw("d IS NOT NULL AND NOT m:Event AND NOT m:Agreement").asCondition())
                .returning(Cypher.raw(fact, Cyphers.sources("r")).as("item"))
                .build();
        Statement events = Cypher.with(Cypher.name("n"))
                .match(Cypher.anyNode("n").relationshipBetween(Cypher.node("Event").named("m")).named("r"))
                .with(Cypher.name("n"), Cypher.name("r"), Cypher.name("m"), Cypher.raw("coalesce(m.startsOn, r.since)").as("d"),
                        Cypher.raw("'event'").as("k"))
                .where(Cypher.raw("d IS NOT NULL").asCondition())
                .returning(Cypher.raw(fact.replace("title: null", "title: m.name"), Cyphers.sources("r")).as("item"))
                .build();
        Statement agreements = Cypher.with(Cypher.name("n"))
                .match(Cypher.anyNode("n").relationshipBetween(Cypher.node("Agreement").named("m")).named("r"))
                .with(Cypher.name("n"), Cypher.name("r"), Cypher.name("m"), Cypher.raw("coalesce(m.signedOn, r.since)").as("d"),
                        Cypher.raw("'agreement'").as("k"))
                .where(Cypher.raw("d IS NOT NULL").asCondition())
                .returning(Cypher.raw(fact.replace("title: null", "title: m.name"), Cyphers.sources("r")).as("item"))
                .build();
        Statement releases = Cypher.with(Cypher.name("n"))
                .match(Cypher.node("Release").named("x").relationshipTo(Cypher.anyNode("n"), "MENTIONS"))
                .where(Cypher.raw("x.publishedOn IS NOT NULL").asCondition())
                .returning(Cypher.raw("{date: x.publishedOn, kind: 'release', relation: null, direction: null, "
                        + "other: null, title: x.title, properties: {}, sources: [{id: x.id, quote: '', method: x.method, "
                        + "confidence: null}]}").as("item"))
                .build();
        return Cypher.match(EntityNode.ENTITY.named("n").withProperties("id", Cypher.parameter("id")))
                .call(Cypher.unionAll(facts, events, agreements, releases))
                .with(Cypher.name("item"))
                .where(Cypher.raw("($from IS NULL OR item.date >= $from) AND ($to IS NULL OR item.date <= $to)")
                        .asCondition())
                .returning(Cypher.name("item"))
                .orderBy(Cypher.raw("item.date").ascending(), Cypher.raw("item.kind").ascending(),
                        Cypher.raw("item.relation").ascending(), Cypher.raw("item.other.id").ascending(),
                        Cypher.raw("item.title").ascending())
                .skip(Cypher.parameter("skip"))
                .limit(Cypher.parameter("limit"))
                .build();
    }

    private static Item toItem(Value v) {
        return new Item(v.get("date").asString(), v.get("kind").asString(), v.get("relation").asString(null),
                v.get("direction").asString(null), EntityRef.of(v.get("other")), v.get("title").asString(null),
                Values.compact(v.get("properties")), Source.list(v.get("sources")));
    }
}
