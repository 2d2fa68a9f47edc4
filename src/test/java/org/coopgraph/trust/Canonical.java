package org.coopgraph.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The canonical JSON dump ({@link org.coopgraph.export.CanonicalGraph}) as records keyed by what
 * identifies them, so that two graphs can be compared record by record and the differences named.
 *
 * <p>The dump leaves out {@code createdAt} and {@code updatedAt} but keeps a release's
 * {@code importedAt} (a backup must restore it), so comparisons of two separate imports drop it.
 */
final class Canonical {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A fact's provenance lists (parallel, one entry per source) as the dump writes them. */
    static final List<String> PROVENANCE = Invariants.LISTS;

    private Canonical() {
    }

    /** Records by key: "release id", "entity id", "fact a -T[key]-> b", "mention r -> e". */
    static Map<String, JsonNode> records(String dump, Set<String> dropped, boolean orderFree) {
        JsonNode doc;
        try {
            doc = JSON.readTree(dump);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode r : doc.get("releases")) {
            out.put("release " + r.get("id").asText(), without((ObjectNode) r.deepCopy(), dropped));
        }
        for (JsonNode e : doc.get("entities")) {
            ObjectNode n = without((ObjectNode) e.deepCopy(), dropped);
            if (orderFree && n.has("aliases")) {
                n.set("aliases", sorted((ArrayNode) n.get("aliases")));
            }
            out.put("entity " + e.get("id").asText(), n);
        }
        for (JsonNode f : doc.get("facts")) {
            ObjectNode n = without((ObjectNode) f.deepCopy(), dropped);
            if (orderFree) {
                sortProvenance(n);
            }
            out.put("fact " + Invariants.key(f.get("start").asText(), f.get("type").asText(), f.path("key").asText(""),
                    f.get("end").asText()), n);
        }
        for (JsonNode m : doc.get("mentions")) {
            out.put("mention " + m.get("release").asText() + " -> " + m.get("entity").asText(), m);
        }
        return out;
    }

    /** The differences between two sets of records, one line each, at most {@code max}. */
    static List<String> diff(Map<String, JsonNode> expected, Map<String, JsonNode> actual, int max) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            JsonNode e = expected.get(k);
            JsonNode a = actual.get(k);
            if (e == null) {
                out.add("only in the second: " + k + " " + abbreviate(a));
            } else if (a == null) {
                out.add("only in the first: " + k + " " + abbreviate(e));
            } else if (!e.equals(a)) {
                out.add(k + " differs: " + fieldDiff(e, a));
            }
            if (out.size() >= max) {
                out.add("...");
                break;
            }
        }
        return out;
    }

    private static String fieldDiff(JsonNode e, JsonNode a) {
        Set<String> fields = new TreeSet<>();
        e.fieldNames().forEachRemaining(fields::add);
        a.fieldNames().forEachRemaining(fields::add);
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (!e.path(f).equals(a.path(f))) {
                sb.append(f).append(": ").append(abbreviate(e.path(f))).append(" vs ").append(abbreviate(a.path(f)))
                        .append("; ");
            }
        }
        return sb.toString();
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static ObjectNode without(ObjectNode n, Set<String> fields) {
        fields.forEach(n::remove);
        return n;
    }

    private static ArrayNode sorted(ArrayNode a) {
        List<JsonNode> items = new ArrayList<>();
        a.forEach(items::add);
        items.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode out = JSON.createArrayNode();
        items.forEach(out::add);
        return out;
    }

    /** The provenance entries re-ordered by source id: the order of arrival is not part of the fact. */
    private static void sortProvenance(ObjectNode fact) {
        if (!fact.has("sources")) {
            return;
        }
        int size = fact.get("sources").size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> fact.get("sources").get(i).asText()));
        for (String list : PROVENANCE) {
            JsonNode old = fact.get(list);
            if (old == null || !old.isArray() || old.size() != size) {
                continue;
            }
            ArrayNode re = JSON.createArrayNode();
            order.forEach(i -> re.add(old.get(i)));
            fact.set(list, re);
        }
    }

    /** Ids of the records of one kind ("release", "entity", "fact", "mention"). */
    static Set<String> keys(Map<String, JsonNode> records, String kind) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = records.keySet().iterator(); it.hasNext(); ) {
            String k = it.next();
            if (k.startsWith(kind + " ")) {
                out.add(k.substring(kind.length() + 1));
            }
        }
        return out;
    }
}
