package org.coopgraph.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes the graph as GraphML (directed) that Gephi, yEd and Cytoscape open: a {@code <key>} for
 * every node and edge attribute with its type, then the nodes (entities, then releases, each by
 * id), then the edges (facts, then MENTIONS when asked for), streamed as the reader pages.
 * Node ids are the entity and release ids (GraphML wants NMTOKENs: a character outside
 * {@code [A-Za-z0-9_:-]} is written {@code .HEX.}); edge ids are {@code e0, e1, ...} in that order.
 *
 * <p>Node data: {@code label} (the name to show; a release's title), {@code labels} (the Neo4j
 * labels joined with ":"), {@code type}, {@code name}, {@code aliases} (joined with " | "),
 * {@code kind}, {@code country}, then every other scalar property (iso2, startsOn, publishedOn...).
 * Edge data: {@code label} (the relation), {@code key}, {@code since}, {@code until},
 * {@code confidence}, {@code method}, {@code firstSeen}, {@code lastSeen}, {@code sources} and
 * {@code evidence} (joined with " | "), then the relation's own properties (title, kind, scope, role).
 */
public final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private static final List<String> NODE_FIXED = List.of("label", "labels", "type", "name", "aliases", "kind",
            "country");
    /** Bookkeeping, search helpers and the release text: not shown in a drawing. */
    private static final Set<String> NODE_SKIPPED = Set.of("id", "aliasText", "nameKey", "createdAt", "updatedAt",
            "text");
    private static final List<String> EDGE_FIXED = List.of("label", "key", "since", "until", "confidence", "method",
            "firstSeen", "lastSeen", "sources", "evidence");
    /** The per-source parallel lists and bookkeeping; sources and evidence stand for them. */
    private static final Set<String> EDGE_SKIPPED = Set.of("evidenceStart", "evidenceEnd", "methods", "confidences",
            "seenOn", "createdAt", "updatedAt");

    private record Key(String id, String name, String type) {
    }

    private final GraphReader reader;
    private final PropertyTypes types;

    public GraphMlWriter(GraphReader reader, PropertyTypes types) {
        this.reader = reader;
        this.types = types;
    }

    /** Writes the selection; MENTIONS edges only when {@code mentions}. Does not close {@code out}. */
    public void write(Selection selection, boolean mentions, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            Map<String, Key> nodeKeys = nodeKeys();
            Map<String, Key> edgeKeys = edgeKeys(nodeKeys.size());
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA);
            for (Key k : nodeKeys.values()) {
                key(xml, k, "node");
            }
            for (Key k : edgeKeys.values()) {
                key(xml, k, "edge");
            }
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "coopgraph");
            xml.writeAttribute("edgedefault", "directed");
            Sink<GraphNode> node = n -> node(xml, nodeKeys, n);
            long[] edges = {0};
            Sink<GraphRelationship> edge = r -> edge(xml, edgeKeys, r, "e" + edges[0]++);
            reader.entities(selection, node);
            reader.releases(selection, node);
            reader.facts(selection, edge);
            if (mentions) {
                reader.mentions(selection, edge);
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write GraphML: " + e.getMessage(), e));
        }
    }

    private Map<String, Key> nodeKeys() {
        List<String> names = new ArrayList<>(NODE_FIXED);
        types.nodes().keySet().stream()
                .filter(n -> !NODE_FIXED.contains(n) && !NODE_SKIPPED.contains(n))
                .forEach(names::add);
        Map<String, Key> keys = new LinkedHashMap<>();
        for (String name : names) {
            String type = NODE_FIXED.contains(name) ? "string" : types.node(name, "string");
            keys.put(name, new Key("d" + keys.size(), name, type));
        }
        return keys;
    }

    private Map<String, Key> edgeKeys(int offset) {
        List<String> names = new ArrayList<>(EDGE_FIXED);
        types.relationships().keySet().stream()
                .filter(n -> !EDGE_FIXED.contains(n) && !EDGE_SKIPPED.contains(n))
                .forEach(names::add);
        Map<String, Key> keys = new LinkedHashMap<>();
        for (String name : names) {
            String type = switch (name) {
                case "label", "key", "sources", "evidence" -> "string";
                case "confidence" -> types.relationship(name, "double");
                default -> types.relationship(name, "string");
            };
            keys.put(name, new Key("d" + (offset + keys.size()), name, type));
        }
        return keys;
    }

    private static void key(XMLStreamWriter xml, Key k, String domain) throws XMLStreamException {
        newline(xml, 1);
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", k.id());
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", XmlText.clean(k.name()));
        xml.writeAttribute("attr.type", k.type());
    }

    private static void node(XMLStreamWriter xml, Map<String, Key> keys, GraphNode n) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("node");
        xml.writeAttribute("id", XmlText.token(n.id()));
        for (Key k : keys.values()) {
            Object value = switch (k.name()) {
                case "label" -> n.displayName();
                case "labels" -> String.join(":", n.labels());
                case "type" -> n.type();
                case "name" -> n.isRelease() ? n.displayName() : n.get("name");
                default -> n.get(k.name());
            };
            data(xml, k, value);
        }
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, Map<String, Key> keys, GraphRelationship r, String id)
            throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", XmlText.token(r.start()));
        xml.writeAttribute("target", XmlText.token(r.end()));
        for (Key k : keys.values()) {
            data(xml, k, k.name().equals("label") ? r.type() : r.get(k.name()));
        }
        xml.writeEndElement();
    }

    /**
     * One {@code <data>}, when the value is there, not empty, and of the key's type (else left out,
     * so that the file stays valid).
     */
    private static void data(XMLStreamWriter xml, Key k, Object value) throws XMLStreamException {
        String text = switch (k.type()) {
            case "long" -> value instanceof Long || value instanceof Integer ? value.toString() : null;
            case "double" -> value instanceof Number num ? Values.decimal(num.doubleValue()) : null;
            case "boolean" -> value instanceof Boolean ? value.toString() : null;
            default -> Values.text(value);
        };
        if (text == null || text.isEmpty()) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", k.id());
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** A consumer that may throw the writer's checked exception; rethrown unchecked. */
    @FunctionalInterface
    private interface Sink<T> extends Consumer<T> {
        void write(T t) throws XMLStreamException;

        @Override
        default void accept(T t) {
            try {
                write(t);
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException("cannot write GraphML: " + e.getMessage(), e));
            }
        }
    }
}
