package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who supports a centre, directly or through one of its units (anything PART_OF it, up to three
 * levels down): a company supporting INTERPOL's Digital Crime Centre supports the IGCI, and the
 * answer shows the unit it went through.
 */
public final class Supporters {

    /** One supporting fact: its relation, the unit it reached (path from the unit up to the centre). */
    public record SupportFact(String relation, Map<String, Object> properties, String since, String until,
                              Double confidence, List<EntityRef> via, List<Source> sources) {
    }

    public record Supporter(String id, String type, String name, String kind, List<SupportFact> facts) {
    }

    public record Answer(EntityRef centre, String asOf, List<Supporter> supporters) {
    }

    static final Statement STATEMENT = statement();

    private final Graph graph;

    public Supporters(Graph graph) {
        this.graph = graph;
    }

    /** @param asOf YYYY-MM-DD, or null for every supporter ever recorded */
    public Answer of(String centreId, String asOf) {
        EntityRef centre = Lookups.organisation(graph, centreId);
        Map<String, Object> params = new HashMap<>();
        params.put("id", centreId);
        params.put("asOf", asOf);
        record Row(Value supporter, SupportFact fact) {
        }
        List<Row> rows = Cyphers.read(graph, STATEMENT, params, r -> new Row(r.get("supporter"),
                new SupportFact(r.get("relation").asString(), Values.compact(r.get("properties")),
                        r.get("since").asString(null), r.get("until").asString(null),
                        Values.doubleOrNull(r.get("confidence")), r.get("via").asList(EntityRef::of),
                        Source.list(r.get("sources")))), "give an asOf date");
        Map<String, Supporter> byId = new LinkedHashMap<>();
        for (Row row : rows) {
            Value s = row.supporter();
            byId.computeIfAbsent(s.get("id").asString(), k -> new Supporter(k, s.get("type").asString(null),
                    s.get("name").asString(null), s.get("kind").asString(null), new ArrayList<>()))
                    .facts().add(row.fact());
        }
        return new Answer(centre, asOf, List.copyOf(byId.values()));
    }

    private static Statement statement() {
        EntityNode c = EntityNode.ORGANISATION.named("c");
        c = c.withProperties(c.ID, Cypher.parameter("id"));
        EntityNode unit = EntityNode.ORGANISATION.named("unit");
        EntityNode s = EntityNode.ORGANISATION.named("s");
        var partOf = unit.relationshipTo(c, "PART_OF").length(0, 3);
        var support = s.relationshipTo(unit, "SUPPORTS", "PROVIDES_EXPERTS_TO").named("r");
        return Cypher.match(Cypher.path("p").definedBy(partOf))
                .match(support)
                .where(Cypher.raw("$asOf IS NULL OR (" + Cyphers.holdsAsOf("r") + ")").asCondition())
                .returning(Cypher.raw("{id: s.id, type: s.type, name: s.name, kind: s.kind}").as("supporter"),
                        Cypher.raw("type(r)").as("relation"),
                        Cypher.raw("r {.kind}").as("properties"),
                        Cypher.raw("r.since").as("since"), Cypher.raw("r.until").as("until"),
                        Cypher.raw("r.confidence").as("confidence"),
                        Cypher.raw("[x IN nodes(p) | $E]", Cyphers.ref("x")).as("via"),
                        Cyphers.sources("r").as("sources"))
                .orderBy(s.NAME.ascending(), s.ID.ascending(), Cypher.raw("type(r)").ascending(),
                        Cypher.raw("length(p)").ascending(), unit.ID.ascending())
                .build();
    }
}
