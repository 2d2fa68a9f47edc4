package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;

/**
 * The reverse of {@link IntelligenceReach}: whose intelligence reaches a country, and through whom,
 * with the shortest chain per source and the evidence for every hop.
 */
public final class IntelligenceSources {

    /** One organisation whose intelligence reaches the country; {@code through} are the hops between. */
    public record Provider(EntityRef source, int hops, List<String> path, List<EntityRef> through,
                           List<IntelligenceReach.Step> steps, List<Source> sources) {
    }

    public record Answer(EntityRef country, String asOf, int maxHops, int count, List<Provider> providers) {
    }

    private final Graph graph;

    public IntelligenceSources(Graph graph) {
        this.graph = graph;
    }

    public Answer to(String iso2, String asOf, int maxHops) {
        EntityRef country = Lookups.typed(graph, iso2, "Country", "no country with code '" + iso2 + "'");
        List<Provider> providers = Cyphers.read(graph, statement(maxHops), Map.of("country", iso2, "asOf", asOf),
                r -> toProvider(r.get("row")), "lower maxHops");
        return new Answer(country, asOf, maxHops, providers.size(), providers);
    }

    /** As in {@link IntelligenceReach#statement}, the hop bound is a validated integer. */
    public static Statement statement(int maxHops) {
        Statement recipients = Cypher.union(
                Cypher.with(Cypher.name("c"))
                        .match(Cypher.anyNode("c").relationshipTo(Cypher.anyNode("target"), "MEMBER_OF").named("m")
                                .relationshipFrom(Cypher.anyNode("hub"), "DISSEMINATES_TO").named("d"))
                        .where(Cypher.raw("d.scope = 'members' AND " + Cyphers.holdsAsOf("m") + " AND "
                                + Cyphers.holdsAsOf("d")).asCondition())
                        .returning(Cypher.name("hub"), Cypher.name("d"), Cypher.name("m"), Cypher.name("target"))
                        .build(),
                Cypher.with(Cypher.name("c"))
                        .match(Cypher.anyNode("c").relationshipFrom(Cypher.anyNode("hub"), "DISSEMINATES_TO").named("d"))
                        .where(Cypher.raw(Cyphers.holdsAsOf("d")).asCondition())
                        .returning(Cypher.name("hub"), Cypher.name("d"), Cypher.raw("null").as("m"),
                                Cypher.raw("c").as("target"))
                        .build());
        EntityNode src = EntityNode.ORGANISATION.named("src");
        var flow = src.relationshipTo(Cypher.anyNode("hub"), "PROVIDES_INTELLIGENCE_TO", "DISSEMINATES_TO")
                .length(0, maxHops - 1);
        return Cypher.match(EntityNode.COUNTRY.named("c").withProperties("id", Cypher.parameter("country")))
                .call(recipients)
                .match(Cypher.path("p").definedBy(flow))
                .where(Cypher.raw("all(x IN relationships(p) WHERE " + Cyphers.holdsAsOf("x") + ")").asCondition())
                .with(Cypher.name("c"), Cypher.name("src"), Cypher.name("p"), Cypher.name("d"), Cypher.name("m"),
                        Cypher.name("hub"), Cypher.name("target"))
                .orderBy(Cypher.raw("length(p)").ascending(), Cypher.raw("[x IN nodes(p) | x.id]").ascending())
                .with(Cypher.name("c"), Cypher.name("src"),
                        Cypher.raw("head(collect({p: p, d: d, m: m, hub: hub, target: target}))").as("best"))
                .returning(Cypher.raw("{source: {id: src.id, type: src.type, name: src.name}, "
                                + "path: [x IN nodes(best.p) | x.id] + CASE WHEN best.target <> best.hub "
                                + "AND NOT best.target:Country THEN [best.target.id] ELSE [] END + [c.id], "
                                + "through: [x IN tail(nodes(best.p)) | {id: x.id, type: x.type, name: x.name}], "
                                + "steps: [x IN relationships(best.p) | " + IntelligenceReach.STEP.formatted("x")
                                + "] + [d IN [best.d] | " + IntelligenceReach.STEP.formatted("d")
                                + "] + [m IN CASE WHEN best.m IS NULL THEN [] ELSE [best.m] END | "
                                + IntelligenceReach.STEP.formatted("m") + "]}",
                        Cyphers.sources("x"), Cyphers.sources("d"), Cyphers.sources("m")).as("row"))
                .orderBy(Cypher.raw("size(row.path)").ascending(), Cypher.raw("src.name").ascending(),
                        Cypher.raw("src.id").ascending())
                .build();
    }

    private static Provider toProvider(Value row) {
        List<IntelligenceReach.Step> steps = IntelligenceReach.steps(row.get("steps"));
        List<String> path = row.get("path").asList(Value::asString);
        return new Provider(EntityRef.of(row.get("source")), path.size() - 1, path,
                row.get("through").asList(EntityRef::of), steps, IntelligenceReach.distinctSources(steps));
    }
}
