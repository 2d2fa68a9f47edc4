package org.coopgraph.export;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A GraphML document read back with jgrapht-io's importer (schema validation on): vertices and edges with their attributes. */
record ParsedGraphMl(Map<String, Map<String, String>> vertices, List<Edge> edges) {

    record Edge(String source, String target, Map<String, String> attributes) {
        String get(String name) {
            return attributes.get(name);
        }
    }

    static ParsedGraphMl parse(String graphml) {
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier())
                .buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> vertexAttributes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                vertexAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) ->
                edgeAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(g, new StringReader(graphml));
        Map<String, Map<String, String>> vertices = new LinkedHashMap<>();
        for (String v : g.vertexSet()) {
            vertices.put(v, vertexAttributes.getOrDefault(v, Map.of()));
        }
        List<Edge> edges = new ArrayList<>();
        for (DefaultEdge e : g.edgeSet()) {
            edges.add(new Edge(g.getEdgeSource(e), g.getEdgeTarget(e), edgeAttributes.getOrDefault(e, Map.of())));
        }
        return new ParsedGraphMl(vertices, edges);
    }

    List<Edge> edges(String source, String label, String target) {
        return edges.stream().filter(e -> e.source().equals(source) && e.target().equals(target)
                && Objects.equals(e.get("label"), label)).toList();
    }

    long edgesLabelled(String label) {
        return edges.stream().filter(e -> label.equals(e.get("label"))).count();
    }
}
