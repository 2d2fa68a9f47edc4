package org.coopgraph.export;

import org.coopgraph.store.Graph;
import org.neo4j.driver.Value;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The property names in the graph and the GraphML type of each ({@code string}, {@code long},
 * {@code double}, {@code boolean}), found by one aggregating scan of nodes and one of
 * relationships (Neo4j 5.13+ {@code valueType}). Lists, temporals and properties of mixed types
 * are strings; integers mixed with floats are doubles.
 */
public record PropertyTypes(SortedMap<String, String> nodes, SortedMap<String, String> relationships) {

    private static final String NODE_TYPES = """
            MATCH (n) WHERE n:Entity OR n:Release
            UNWIND keys(n) AS k
            RETURN k AS name, collect(DISTINCT valueType(n[k])) AS types""";

    private static final String RELATIONSHIP_TYPES = """
            MATCH (a)-[r]->(:Entity) WHERE a:Entity OR a:Release
            UNWIND keys(r) AS k
            RETURN k AS name, collect(DISTINCT valueType(r[k])) AS types""";

    public static PropertyTypes of(Graph graph) {
        return new PropertyTypes(scan(graph, NODE_TYPES), scan(graph, RELATIONSHIP_TYPES));
    }

    /** The GraphML type of a node property; {@code fallback} when the graph has no such property. */
    public String node(String name, String fallback) {
        return nodes.getOrDefault(name, fallback);
    }

    public String relationship(String name, String fallback) {
        return relationships.getOrDefault(name, fallback);
    }

    private static SortedMap<String, String> scan(Graph graph, String cypher) {
        SortedMap<String, String> out = new TreeMap<>();
        graph.read(tx -> {
            tx.run(cypher).forEachRemaining(r -> out.put(r.get("name").asString(),
                    graphMlType(r.get("types").asList(Value::asString))));
            return null;
        });
        return Collections.unmodifiableSortedMap(out);
    }

    /** From Cypher value types ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL"...) to one GraphML type. */
    static String graphMlType(List<String> cypherTypes) {
        Set<String> types = new TreeSet<>();
        for (String t : cypherTypes) {
            String base = t.replace(" NOT NULL", "").trim();
            types.add(switch (base) {
                case "INTEGER" -> "long";
                case "FLOAT" -> "double";
                case "BOOLEAN" -> "boolean";
                default -> "string";
            });
        }
        if (types.size() == 1) {
            return types.iterator().next();
        }
        if (types.equals(Set.of("long", "double"))) {
            return "double";
        }
        return "string";
    }
}
