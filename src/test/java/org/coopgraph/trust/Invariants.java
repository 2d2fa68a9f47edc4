package org.coopgraph.trust;

import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.store.Graph;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What must hold of the graph whatever was thrown at it: no partial release, no fact whose
 * provenance lists disagree, no entity carrying the labels of two types. Each check returns the
 * problems it found (empty when all is well), so that a test can report all of them at once.
 */
final class Invariants {

    /** The parallel provenance lists every fact keeps, one entry per source release. */
    static final List<String> LISTS = List.of("sources", "evidence", "evidenceStart", "evidenceEnd", "methods",
            "confidences", "seenOn");

    private Invariants() {
    }

    /** Problems anywhere in the graph. */
    static List<String> ofGraph(Graph graph) {
        List<String> problems = new ArrayList<>();
        String listsOk = LISTS.stream().map(l -> "valueType(r." + l + ") STARTS WITH 'LIST'")
                .collect(Collectors.joining(" AND "));
        String sizesOk = LISTS.stream().skip(1).map(l -> "size(r." + l + ") = size(r.sources)")
                .collect(Collectors.joining(" AND "));
        graph.read(tx -> tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE NOT (%s) OR NOT (%s) OR size(r.sources) = 0
                RETURN a.id AS a, type(r) AS t, b.id AS b, [k IN %s | valueType(r[k])] AS types
                LIMIT 20""".formatted(listsOk, sizesOk, cypherList(LISTS))).list())
                .forEach(r -> problems.add("fact " + r.get("a").asString() + " -" + r.get("t").asString() + "-> "
                        + r.get("b").asString() + " has provenance lists that disagree: " + r.get("types")));
        graph.read(tx -> tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                UNWIND r.sources AS s
                WITH a, r, b, s WHERE NOT EXISTS { MATCH (:Release {id: s}) }
                RETURN a.id AS a, type(r) AS t, b.id AS b, s LIMIT 20""").list())
                .forEach(r -> problems.add("fact " + r.get("a").asString() + " -" + r.get("t").asString() + "-> "
                        + r.get("b").asString() + " cites release '" + r.get("s").asString() + "', which is not there"));
        graph.read(tx -> tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WITH a, b, type(r) AS t, coalesce(r.key, '') AS k, count(*) AS c WHERE c > 1
                RETURN a.id AS a, t, b.id AS b, k, c LIMIT 20""").list())
                .forEach(r -> problems.add("fact " + r.get("a").asString() + " -" + r.get("t").asString() + "-> "
                        + r.get("b").asString() + " (key '" + r.get("k").asString() + "') is there "
                        + r.get("c").asLong() + " times"));
        graph.read(tx -> tx.run("""
                MATCH (r:Release)-[m:MENTIONS]->(e)
                WITH r, e, count(m) AS c WHERE c > 1 OR NOT e:Entity
                RETURN r.id AS r, e.id AS e, c LIMIT 20""").list())
                .forEach(r -> problems.add("release " + r.get("r").asString() + " mentions " + r.get("e")
                        + " badly (" + r.get("c").asLong() + " edges, or not an entity)"));
        graph.read(tx -> tx.run("""
                MATCH (n) WHERE NOT n:Entity AND NOT n:Release AND NOT n:__Neo4jMigration
                   OR (n:Entity AND n:Release) OR n.id IS NULL AND NOT n:__Neo4jMigration
                RETURN labels(n) AS l, n.id AS id LIMIT 20""").list())
                .forEach(r -> problems.add("a node outside the model: " + r.get("l") + " " + r.get("id")));
        graph.read(tx -> tx.run("""
                MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c LIMIT 20""").list())
                .forEach(r -> problems.add("entity id " + r.get("id") + " is on " + r.get("c") + " nodes"));
        for (Record r : graph.read(tx -> tx.run("MATCH (n:Entity) RETURN n.id AS id, n.type AS type, labels(n) AS labels")
                .list())) {
            EntityType type = EntityType.parse(r.get("type").asString(null));
            Set<String> labels = new TreeSet<>(r.get("labels").asList(v -> v.asString()));
            labels.remove(EntityType.ENTITY_LABEL);
            if (type == null || !labels.equals(new TreeSet<>(type.labels()))) {
                problems.add("entity " + r.get("id").asString() + " of type " + r.get("type") + " has labels "
                        + labels + (type == null ? "" : ", not " + type.labels()));
            }
        }
        return problems;
    }

    /**
     * Problems with one imported release: the node, a MENTIONS edge to every entity the import
     * named, and every fact it asserted present with its own entry in the provenance lists (and
     * no other fact citing it).
     */
    static List<String> ofRelease(Graph graph, String releaseId, Extraction extraction) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> p = Map.of("id", releaseId);
        List<Record> release = graph.read(tx -> tx.run("MATCH (r:Release {id: $id}) RETURN r.publishedOn AS date", p)
                .list());
        if (release.size() != 1) {
            problems.add("release " + releaseId + " is on " + release.size() + " nodes");
            return problems;
        }
        String seen = release.get(0).get("date").asString("");
        List<String> mentions = graph.read(tx -> tx.run(
                "MATCH (:Release {id: $id})-[:MENTIONS]->(e) RETURN e.id AS id", p).list(r -> r.get("id").asString()));
        Set<String> mentioned = new TreeSet<>(mentions);
        Set<String> named = extraction.entities().stream().map(Entity::id).collect(Collectors.toCollection(TreeSet::new));
        if (!mentioned.equals(named)) {
            problems.add("release " + releaseId + " mentions " + mentioned + " but its import named " + named);
        }
        Map<String, Fact> asserted = dedupe(extraction.facts());
        Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
        graph.read(tx -> tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE $id IN r.sources
                WITH a, r, b, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = $id] AS at
                RETURN a.id AS a, type(r) AS t, coalesce(r.key, '') AS k, b.id AS b, size(at) AS n,
                       r.evidence[at[0]] AS quote, r.methods[at[0]] AS method, r.confidences[at[0]] AS confidence,
                       r.seenOn[at[0]] AS seen""", p).list())
                .forEach(r -> stored.put(key(r.get("a").asString(), r.get("t").asString(), r.get("k").asString(),
                        r.get("b").asString()), r.asMap()));
        for (var e : asserted.entrySet()) {
            Map<String, Object> s = stored.get(e.getKey());
            Fact f = e.getValue();
            if (s == null) {
                problems.add("release " + releaseId + " asserted " + e.getKey() + " but no fact cites it");
                continue;
            }
            String quote = f.evidence() == null || f.evidence().quote() == null ? "" : f.evidence().quote();
            String method = f.method() == null ? "unknown" : f.method();
            if (((Number) s.get("n")).intValue() != 1 || !quote.equals(s.get("quote")) || !method.equals(s.get("method"))
                    || Math.abs(((Number) s.get("confidence")).doubleValue() - f.confidence()) > 1e-9
                    || !seen.equals(s.get("seen"))) {
                problems.add("release " + releaseId + ": its entry on " + e.getKey() + " is " + s
                        + ", not quote '" + quote + "', method " + method + ", confidence " + f.confidence()
                        + ", seen '" + seen + "'");
            }
        }
        Set<String> extra = new TreeSet<>(stored.keySet());
        extra.removeAll(asserted.keySet());
        if (!extra.isEmpty()) {
            problems.add("release " + releaseId + " is cited by facts it did not assert: " + extra);
        }
        return problems;
    }

    /** One fact per (subject, relation, key, object), as the writer keeps them. */
    static Map<String, Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            best.merge(key(f.subject(), f.relation().name(), f.key(), f.object()), f,
                    (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return best;
    }

    static String key(String a, String type, String key, String b) {
        return a + " -" + type + (key == null || key.isEmpty() ? "" : "[" + key + "]") + "-> " + b;
    }

    private static String cypherList(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    /** Whether two values are equal, numbers compared as doubles. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }
}
