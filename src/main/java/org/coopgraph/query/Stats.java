package org.coopgraph.query;

import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts per label and relation type, releases, and the last import: read from Neo4j's count store. */
public final class Stats {

    public record Totals(long nodes, long relationships, long entities, long facts, long releases) {
    }

    public record Answer(Totals totals, Map<String, Long> labels, Map<String, Long> relations, String lastImport,
                         String newestRelease) {
    }

    static final Statement STATEMENT = statement();

    private final Graph graph;

    public Stats(Graph graph) {
        this.graph = graph;
    }

    public Answer get() {
        return Cyphers.read(graph, STATEMENT, Map.of(), r -> {
            Map<String, Long> labels = new LinkedHashMap<>();
            for (String l : labelNames()) {
                labels.put(l, r.get("n_" + l).asLong());
            }
            Map<String, Long> relations = new LinkedHashMap<>();
            long facts = 0;
            for (Relation rel : Relation.values()) {
                long c = r.get("r_" + rel.name()).asLong();
                relations.put(rel.name(), c);
                facts += c;
            }
            relations.put("MENTIONS", r.get("r_MENTIONS").asLong());
            Totals totals = new Totals(r.get("nodes").asLong(), r.get("relationships").asLong(),
                    r.get("n_Entity").asLong(), facts, labels.get("Release"));
            String last = r.get("lastImport").isNull() ? null
                    : r.get("lastImport").asZonedDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return new Answer(totals, labels, relations, last, r.get("newestRelease").asString(null));
        }, "").get(0);
    }

    static Set<String> labelNames() {
        Set<String> labels = new LinkedHashSet<>();
        labels.add("Entity");
        for (EntityType t : EntityType.values()) {
            labels.addAll(t.labels());
        }
        labels.add("Release");
        return labels;
    }

    private static Statement statement() {
        List<Expression> columns = new ArrayList<>();
        // Label and type names come from our enums, never from a request.
        for (String l : labelNames()) {
            columns.add(Cypher.raw("COUNT { MATCH (n:" + l + ") }").as("n_" + l));
        }
        for (Relation rel : Relation.values()) {
            columns.add(Cypher.raw("COUNT { MATCH ()-[r:" + rel.name() + "]->() }").as("r_" + rel.name()));
        }
        columns.add(Cypher.raw("COUNT { MATCH ()-[r:MENTIONS]->() }").as("r_MENTIONS"));
        columns.add(Cypher.raw("COUNT { MATCH (n) }").as("nodes"));
        columns.add(Cypher.raw("COUNT { MATCH ()-[r]->() }").as("relationships"));
        columns.add(Cypher.name("lastImport"));
        columns.add(Cypher.name("newestRelease"));
        return Cypher.call(Cypher.match(Cypher.node("Release").named("x"))
                        .returning(Cypher.raw("max(x.importedAt)").as("lastImport"),
                                Cypher.raw("max(x.publishedOn)").as("newestRelease")).build())
                .returning(columns).build();
    }
}
