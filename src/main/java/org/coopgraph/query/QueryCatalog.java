package org.coopgraph.query;

import org.coopgraph.model.Relation;
import org.neo4j.cypherdsl.core.Statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every analyst question as Cypher, with example parameters that answer on the demo data. The
 * files under {@code cypher/queries/} are these statements rendered for people who use Neo4j
 * Browser; a test keeps the two identical and runs each file.
 */
public final class QueryCatalog {

    /** One question: its file name, what it asks, the statement and example parameters. */
    public record Entry(String name, String question, Statement statement, Map<String, Object> exampleParameters) {
    }

    private QueryCatalog() {
    }

    public static List<Entry> all() {
        return List.of(
                new Entry("search", "Entities whose names or aliases match words (full-text, accent-folded, one typo).",
                        Search.STATEMENT, params("query", Search.luceneQuery("cmii"), "type", null, "limit", 10)),
                new Entry("entity", "An entity with its facts in both directions and their sources.",
                        EntityDetails.STATEMENT, params("id", "igci", "max", 500)),
                new Entry("supporters", "Who supports a centre, directly or through its units (PART_OF up to 3 levels).",
                        Supporters.STATEMENT, params("id", "igci", "asOf", null)),
                new Entry("support-matrix", "Every supporter x supported pair, by supporter kind and date.",
                        SupportMatrix.STATEMENT, params("kind", "company", "asOf", null, "skip", 0, "limit", 50)),
                new Entry("intelligence-reach", "The countries an organisation's intelligence reaches, hop by hop"
                        + " (PROVIDES_INTELLIGENCE_TO, DISSEMINATES_TO; scope members = every member country).",
                        IntelligenceReach.statement(IntelligenceReach.DEFAULT_MAX_HOPS),
                        params("from", "kaspersky-lab", "asOf", "2025-01-01")),
                new Entry("intelligence-sources", "Whose intelligence reaches a country, and through whom.",
                        IntelligenceSources.statement(IntelligenceReach.DEFAULT_MAX_HOPS),
                        params("country", "FR", "asOf", "2025-01-01")),
                new Entry("paths", "The shortest paths (up to 5) between two entities, through any fact.",
                        Paths.statement(Paths.DEFAULT_MAX_HOPS, List.of(Relation.values()), Paths.DEFAULT_LIMIT),
                        params("from", "kaspersky-lab", "to", "FR")),
                new Entry("neighbourhood", "One page of the facts around an entity, with filters.",
                        Neighbourhood.PAGE, params("id", "igci", "relations", null, "types", null, "from", null,
                        "to", null, "skip", 0, "limit", 50)),
                new Entry("neighbourhood-counts", "How many facts of each relation and direction an entity has.",
                        Neighbourhood.COUNTS, params("id", "interpol", "relations", null, "types", null, "from", null,
                        "to", null)),
                new Entry("timeline", "Dated facts, events, agreements and releases about an entity, in order.",
                        Timeline.STATEMENT, params("id", "kaspersky-lab", "from", null, "to", null, "skip", 0, "limit", 50)),
                new Entry("person-roles", "The roles a person holds or held.", Roles.OF_PERSON,
                        params("id", "ronald-k-noble")),
                new Entry("organisation-people", "Who holds or held roles in an organisation or its units.",
                        Roles.OF_ORGANISATION, params("id", "interpol")),
                new Entry("brokers", "Organisation pairs linked by cooperation facts (betweenness is computed from these).",
                        Brokers.statement(Brokers.COOPERATION), params()),
                new Entry("facts", "Facts with their provenance, filtered and paged.",
                        Facts.statement(null, false), params("source", null, "since", null, "until", null,
                        "minConfidence", null, "skip", 0, "limit", 50)),
                new Entry("releases", "Releases, newest first.", Releases.LIST,
                        params("cursor", null, "cursorKey", null, "limit", 50)),
                new Entry("release", "One release with the facts it asserts and its evidence.", Releases.DETAIL,
                        params("id", "interpol-2013-03-20-kaspersky-lab-cmii")),
                new Entry("stats", "Counts per label and relation type.", Stats.STATEMENT, params()));
    }

    /** A parameter map that allows nulls (Map.of does not). */
    private static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
