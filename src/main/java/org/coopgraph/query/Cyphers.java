package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Rendering Cypher-DSL statements for Neo4j 5 and running them in read transactions. */
public final class Cyphers {

    private static final Logger LOG = LoggerFactory.getLogger(Cyphers.class);

    private static final Renderer RENDERER = Renderer.getRenderer(Configuration.newConfig()
            .withDialect(Dialect.NEO4J_5).build());
    private static final Renderer PRETTY = Renderer.getRenderer(Configuration.newConfig()
            .withDialect(Dialect.NEO4J_5).withPrettyPrint(true).build());

    /** How long one analyst question may run before it is stopped and answered 422. */
    public static final long QUERY_BUDGET_MS = 10_000;

    private Cyphers() {
    }

    /**
     * Sources listed per fact in an answer: a fact repeated by thousands of releases (INTERPOL
     * disseminating to its members) would otherwise swamp every answer that crosses it.
     */
    public static final int MAX_SOURCES = 20;

    /**
     * The provenance of the relationship {@code r} (a variable or an expression): one map per
     * source release with the quote, method and confidence that release gave. The releases'
     * titles and dates are looked up once per answer by {@link #read}, not per fact. At most
     * {@link #MAX_SOURCES} per fact, the first ones recorded.
     */
    static Expression sources(String r) {
        return sources(r, MAX_SOURCES);
    }

    /** As {@link #sources(String)}, with at most {@code max} sources per fact. */
    static Expression sources(String r, int max) {
        // Each list is read from the store once per fact (bound to b), not once per source listed:
        // indexing r.evidence[si] in the loop read the whole list of quotes for every si.
        return Cypher.raw(("[b IN [{ids: coalesce(%1$s.sources, [])[0..%2$d], quotes: coalesce(%1$s.evidence, [])[0..%2$d], "
                + "methods: coalesce(%1$s.methods, [])[0..%2$d], confidences: coalesce(%1$s.confidences, [])[0..%2$d]}] | "
                + "[si IN range(0, size(b.ids) - 1) | {id: b.ids[si], quote: b.quotes[si], method: b.methods[si], "
                + "confidence: b.confidences[si]}]][0]").formatted(r, max));
    }

    /** {@code {id, type, name}} of the node bound to {@code n}. */
    static Expression ref(String n) {
        return Cypher.raw("{id: %1$s.id, type: %1$s.type, name: %1$s.name}".formatted(n));
    }

    /** True when the relationship bound to {@code r} holds on {@code $asOf} (a date string). */
    static String holdsAsOf(String r) {
        return ("(%1$s.since IS NULL OR %1$s.since <= $asOf) AND (%1$s.until IS NULL OR %1$s.until >= $asOf)")
                .formatted(r);
    }

    public static String render(Statement statement) {
        return RENDERER.render(statement);
    }

    /** The statement as the readable text kept under {@code cypher/queries/}. */
    public static String pretty(Statement statement) {
        return PRETTY.render(statement);
    }

    /**
     * Runs a read under the query budget and maps its records; an over-budget query becomes a 422
     * with advice. The titles and dates of every release cited in the records are fetched in the
     * same transaction and made available to {@link Source#list} while mapping.
     */
    static <T> List<T> read(Graph graph, Statement statement, Map<String, Object> params,
                            Function<Record, T> mapper, String howToNarrow) {
        String cypher = render(statement);
        long t0 = System.nanoTime();
        try (var session = graph.session()) {
            Fetched fetched = session.executeRead(tx -> {
                List<Record> records = tx.run(cypher, params).list();
                Set<String> ids = new HashSet<>();
                records.forEach(r -> r.values().forEach(v -> collectSourceIds(v, ids)));
                Map<String, Source.Release> releases = new HashMap<>();
                if (!ids.isEmpty()) {
                    tx.run("MATCH (x:Release) WHERE x.id IN $ids RETURN x.id AS id, x.title AS title, "
                                    + "x.publishedOn AS date", Map.of("ids", List.copyOf(ids)))
                            .forEachRemaining(r -> releases.put(r.get("id").asString(),
                                    new Source.Release(r.get("title").asString(null), r.get("date").asString(null))));
                }
                return new Fetched(records, releases);
            }, TransactionConfig.builder().withTimeout(Duration.ofMillis(QUERY_BUDGET_MS)).build());
            List<T> out = Source.withReleases(fetched.releases(), () -> fetched.records().stream().map(mapper).toList());
            LOG.debug("{} rows in {} ms: {}", out.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), cypher);
            return out;
        } catch (ClientException | TransientException e) {
            String code = e.code() == null ? "" : e.code();
            if (code.contains("TransactionTimedOut") || code.contains("Terminated") || code.contains("Timeout")) {
                throw new UnanswerableException("the question took longer than " + QUERY_BUDGET_MS / 1000
                        + " s; " + howToNarrow);
            }
            throw e;
        }
    }

    private record Fetched(List<Record> records, Map<String, Source.Release> releases) {
    }

    /** Finds the maps the {@link #sources} expression builds, wherever they sit in a value. */
    private static void collectSourceIds(Value v, Set<String> ids) {
        TypeSystem types = TypeSystem.getDefault();
        // Nodes and relationships also count as MAP for hasType; only plain maps are sources.
        boolean map = v.type().equals(types.MAP());
        if (map && v.containsKey("quote") && v.containsKey("method") && v.containsKey("id")) {
            ids.add(v.get("id").asString());
        } else if (map || v.type().equals(types.LIST())) {
            v.values().forEach(x -> collectSourceIds(x, ids));
        }
    }
}
