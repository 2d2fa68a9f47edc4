package org.coopgraph.query;

import org.coopgraph.model.EntityType;
import org.coopgraph.store.Graph;
import org.coopgraph.store.Model.EntityNode;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full-text search over names and aliases in every language, through the {@code entity_names}
 * index (accent- and case-folded). Each word of the query may match exactly, as a prefix, or
 * with one typo; all words must match.
 */
public final class Search {

    public record Hit(String id, String type, String name, List<String> aliases, double score) {
    }

    public record Answer(String query, List<Hit> results) {
    }

    static final Statement STATEMENT = statement();
    static final int MAX_QUERY_LENGTH = 200;

    private final Graph graph;

    public Search(Graph graph) {
        this.graph = graph;
    }

    public Answer search(String q, EntityType type, int limit) {
        String lucene = luceneQuery(q);
        Map<String, Object> params = new HashMap<>();
        params.put("query", lucene);
        params.put("type", type == null ? null : type.primaryLabel());
        params.put("limit", limit);
        List<Hit> hits = Cyphers.read(graph, STATEMENT, params, r -> new Hit(
                r.get("id").asString(), r.get("type").asString(null), r.get("name").asString(null),
                r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(v -> v.asString()),
                Math.round(r.get("score").asDouble() * 1000) / 1000.0), "use a longer or more precise query");
        return new Answer(q, hits);
    }

    private static Statement statement() {
        EntityNode node = EntityNode.ENTITY.named("node");
        return Cypher.call("db.index.fulltext.queryNodes")
                .withArgs(Cypher.literalOf("entity_names"), Cypher.parameter("query"))
                .yield(Cypher.name("node"), Cypher.name("score"))
                .where(Cypher.raw("$type IS NULL OR $type IN labels(node)").asCondition())
                .returning(node.ID.as("id"), node.TYPE.as("type"), node.NAME.as("name"),
                        node.ALIASES.as("aliases"), Cypher.name("score"))
                .orderBy(Cypher.name("score").descending(), node.NAME.ascending(), node.ID.ascending())
                .limit(Cypher.parameter("limit"))
                .build();
    }

    /**
     * Builds the Lucene query from the user's words. Only letters and digits survive, so no
     * Lucene syntax can come from the user; words of four letters or more also match with one typo.
     */
    static String luceneQuery(String q) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String folded = Normalizer.normalize(q == null ? "" : q, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> clauses = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder c = new StringBuilder("(").append(word).append("^4 OR ").append(word).append("*^2");
            if (word.length() >= 4 && word.length() <= 30) {
                c.append(" OR ").append(word).append("~1");
            }
            clauses.add(c.append(')').toString());
            if (clauses.size() == 8) {
                break;
            }
        }
        if (clauses.isEmpty()) {
            throw new BadParameterException("q", "q must contain at least one letter or digit");
        }
        return String.join(" AND ", clauses);
    }
}
