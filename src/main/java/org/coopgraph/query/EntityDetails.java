package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An entity, its aliases and properties, and its facts in both directions with their sources. */
public final class EntityDetails {

    /** A fact seen from the entity: {@code direction} is out when the entity is its subject. */
    public record FactView(String relation, String direction, EntityRef other, Map<String, Object> properties,
                           String since, String until, Double confidence, List<Source> sources) {
    }

    public record Answer(String id, String type, String name, List<String> aliases, String kind, String country,
                         Map<String, Object> properties, long mentions, List<FactView> facts, boolean truncated) {
    }

    /** Facts listed at most; hubs page through the neighbourhood endpoint instead. */
    static final int MAX_FACTS = 500;
    static final Statement STATEMENT = statement();
    private static final List<String> INTERNAL = List.of("id", "name", "type", "aliases", "aliasText", "nameKey",
            "kind", "country", "createdAt", "updatedAt");

    private final Graph graph;

    public EntityDetails(Graph graph) {
        this.graph = graph;
    }

    public Answer get(String id) {
        List<Answer> found = Cyphers.read(graph, STATEMENT, Map.of("id", id, "max", MAX_FACTS + 1),
                EntityDetails::toAnswer, "use the neighbourhood endpoint, which pages");
        if (found.isEmpty()) {
            throw new NotFoundException("no entity with id '" + id + "'");
        }
        return found.get(0);
    }

    private static Statement statement() {
        EntityNode n = EntityNode.ENTITY.named("n");
        EntityNode m = EntityNode.ENTITY.named("m");
        // An aggregating subquery always yields one row, so an entity without facts is still found.
        Statement facts = Cypher.with(n)
                .match(n.relationshipBetween(m).named("r"))
                .with(n, Cypher.name("r"), m)
                .orderBy(Cypher.raw("type(r)").ascending(), m.NAME.ascending(), m.ID.ascending())
                .limit(Cypher.parameter("max"))
                .returning(Cypher.raw("collect({relation: type(r), "
                        + "direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, "
                        + "other: $E, properties: r {.title, .kind, .scope, .role}, since: r.since, until: r.until, "
                        + "confidence: r.confidence, sources: $E})", Cyphers.ref("m"), Cyphers.sources("r")).as("facts"))
                .build();
        return Cypher.match(n.withProperties(n.ID, Cypher.parameter("id")))
                .call(facts)
                .returning(Cypher.raw("n {.*}").as("node"),
                        Cypher.raw("COUNT { (:Release)-[:MENTIONS]->(n) }").as("mentions"),
                        Cypher.name("facts"))
                .build();
    }

    private static Answer toAnswer(Record r) {
        Map<String, Object> node = r.get("node").asMap();
        Map<String, Object> props = new LinkedHashMap<>();
        node.forEach((k, v) -> {
            if (!INTERNAL.contains(k)) {
                props.put(k, v);
            }
        });
        List<FactView> facts = r.get("facts").asList(EntityDetails::toFact);
        boolean truncated = facts.size() > MAX_FACTS;
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) node.getOrDefault("aliases", List.of());
        return new Answer((String) node.get("id"), (String) node.get("type"), (String) node.get("name"), aliases,
                (String) node.get("kind"), (String) node.get("country"), props, r.get("mentions").asLong(),
                truncated ? facts.subList(0, MAX_FACTS) : facts, truncated);
    }

    static FactView toFact(Value f) {
        Map<String, Object> props = new LinkedHashMap<>();
        f.get("properties").asMap().forEach((k, v) -> {
            if (v != null) {
                props.put(k, v);
            }
        });
        return new FactView(f.get("relation").asString(), f.get("direction").asString(),
                EntityRef.of(f.get("other")), props, f.get("since").asString(null), f.get("until").asString(null),
                f.get("confidence").isNull() ? null : f.get("confidence").asDouble(), Source.list(f.get("sources")));
    }
}
