package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which countries an organisation's intelligence reaches. Intelligence flows along
 * PROVIDES_INTELLIGENCE_TO and DISSEMINATES_TO; a DISSEMINATES_TO with scope {@code members}
 * reaches every country MEMBER_OF its object on the date asked. Each country comes with its
 * shortest chain and the evidence for every hop.
 */
public final class IntelligenceReach {

    /** One hop of a chain: a fact (or, for the last hop, the dissemination and the membership). */
    public record Step(String from, String to, String relation, Map<String, Object> properties, String since,
                       String until, List<Source> sources) {
    }

    public record Reached(String iso2, String name, int hops, List<String> path, List<Step> steps,
                          List<Source> sources) {
    }

    public record Answer(EntityRef from, String asOf, int maxHops, int count, List<Reached> countries) {
    }

    public static final int DEFAULT_MAX_HOPS = 4;
    /**
     * Sources listed per step: every country repeats its hub's chain, so 20 quotes per hop made
     * a 5 MB answer for a company whose intelligence reaches INTERPOL's ~196 members.
     */
    static final int SOURCES_PER_STEP = 5;
    public static final int MAX_HOPS = 6;

    /** One hop as a map, for the relationship bound to %1$s; its sources fill the $E placeholder. */
    static final String STEP = "{from: startNode(%1$s).id, to: endNode(%1$s).id, relation: type(%1$s), "
            + "properties: %1$s {.scope, .kind}, since: %1$s.since, until: %1$s.until, sources: $E}";

    private final Graph graph;

    public IntelligenceReach(Graph graph) {
        this.graph = graph;
    }

    public Answer from(String fromId, String asOf, int maxHops) {
        EntityRef from = Lookups.entity(graph, fromId);
        List<Reached> countries = Cyphers.read(graph, statement(maxHops), Map.of("from", fromId, "asOf", asOf),
                r -> toReached(r.get("row")), "lower maxHops");
        return new Answer(from, asOf, maxHops, countries.size(), countries);
    }

    /**
     * The question for chains of at most {@code maxHops} hops. The bound is a validated integer
     * (variable-length bounds cannot be parameters in Cypher); everything else is a parameter.
     */
    public static Statement statement(int maxHops) {
        EntityNode src = EntityNode.ENTITY.named("src");
        EntityNode hub = EntityNode.ENTITY.named("hub");
        src = src.withProperties(src.ID, Cypher.parameter("from"));
        var flow = src.relationshipTo(hub, "PROVIDES_INTELLIGENCE_TO", "DISSEMINATES_TO")
                .length(0, maxHops - 1);
        Statement recipients = Cypher.union(Cypher.with(Cypher.name("hub"), Cypher.name("d"), Cypher.name("target"))
                .match(Cypher.node("Country").named("c").relationshipTo(Cypher.anyNode("target"), "MEMBER_OF").named("m"))
                .where(Cypher.raw("d.scope = 'members' AND " + Cyphers.holdsAsOf("m")).asCondition())
                .returning(Cypher.name("c"), Cypher.name("m"))
                .build(), Cypher.with(Cypher.name("hub"), Cypher.name("d"), Cypher.name("target"))
                        .with(Cypher.name("target").as("c"), Cypher.raw("null").as("m"))
                        .where(Cypher.raw("c:Country").asCondition())
                        .returning(Cypher.name("c"), Cypher.name("m"))
                        .build());
        // The best chain to each hub first: a hub reached by many chains must not multiply its ~200
        // member countries by the number of chains before the best one per country is picked.
        return Cypher.match(Cypher.path("p").definedBy(flow))
                .where(Cypher.raw("all(x IN relationships(p) WHERE " + Cyphers.holdsAsOf("x") + ")").asCondition())
                .with(Cypher.name("hub"), Cypher.name("p"))
                .orderBy(Cypher.raw("length(p)").ascending(), Cypher.raw("[x IN nodes(p) | x.id]").ascending())
                .with(Cypher.name("hub"), Cypher.raw("head(collect(p))").as("p"))
                .match(hub.relationshipTo(Cypher.anyNode("target"), "DISSEMINATES_TO").named("d"))
                .where(Cypher.raw(Cyphers.holdsAsOf("d")).asCondition())
                // the chain's steps and evidence once per hub, before the fan-out to ~200 countries
                .with(Cypher.name("hub"), Cypher.name("p"), Cypher.name("d"), Cypher.name("target"),
                        Cypher.raw("[x IN relationships(p) | " + STEP.formatted("x") + "] + [" + STEP.formatted("d") + "]",
                                Cyphers.sources("x", SOURCES_PER_STEP), Cyphers.sources("d", SOURCES_PER_STEP)).as("chain"))
                .call(recipients)
                .with(Cypher.name("c"), Cypher.name("p"), Cypher.name("m"), Cypher.name("hub"), Cypher.name("target"),
                        Cypher.name("chain"))
                .orderBy(Cypher.raw("length(p)").ascending(), Cypher.raw("[x IN nodes(p) | x.id]").ascending())
                .with(Cypher.name("c"),
                        Cypher.raw("head(collect({p: p, m: m, hub: hub, target: target, chain: chain}))").as("best"))
                .with(Cypher.name("c"), Cypher.name("best"),
                        Cypher.raw("[x IN nodes(best.p) | x.id] + CASE WHEN best.target <> best.hub "
                                + "AND NOT best.target:Country THEN [best.target.id] ELSE [] END + [c.id]").as("path"))
                .returning(Cypher.raw("{iso2: c.id, name: c.name, path: path, "
                                + "steps: best.chain + [m IN CASE WHEN best.m IS NULL THEN [] ELSE [best.m] END | "
                                + STEP.formatted("m") + "]}", Cyphers.sources("m", SOURCES_PER_STEP)).as("row"))
                .orderBy(Cypher.raw("c.name").ascending(), Cypher.raw("c.id").ascending())
                .build();
    }

    static List<Step> steps(Value list) {
        return list.asList(s -> new Step(s.get("from").asString(), s.get("to").asString(), s.get("relation").asString(),
                Values.compact(s.get("properties")), s.get("since").asString(null), s.get("until").asString(null),
                Source.list(s.get("sources"))));
    }

    /** The sources of every step, each release once. */
    static List<Source> distinctSources(List<Step> steps) {
        Map<String, Source> distinct = new LinkedHashMap<>();
        steps.forEach(s -> s.sources().forEach(src -> distinct.putIfAbsent(src.id(), src)));
        return new ArrayList<>(distinct.values());
    }

    private static Reached toReached(Value row) {
        List<Step> steps = steps(row.get("steps"));
        List<String> path = row.get("path").asList(Value::asString);
        return new Reached(row.get("iso2").asString(), row.get("name").asString(null), path.size() - 1, path, steps,
                distinctSources(steps));
    }
}
