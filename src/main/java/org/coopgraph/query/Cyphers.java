package org.coopgraph.query;

import org.coopgraph.store.Graph;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
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
     * The provenance of the relationship bound to {@code r}: one map per source release with its
     * title and date, the quote, method and confidence that release gave.
     */
    static Expression sources(String r) {
        return Cypher.raw(("[i IN range(0, size(coalesce(%1$s.sources, [])) - 1) | {id: %1$s.sources[i], "
                + "quote: %1$s.evidence[i], method: %1$s.methods[i], confidence: %1$s.confidences[i], "
                + "release: COLLECT { MATCH (source:Release {id: %1$s.sources[i]}) "
                + "RETURN {title: source.title, date: source.publishedOn} }[0]}]").formatted(r));
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

    /** Runs a read under the query budget; an over-budget query becomes a 422 with advice. */
    static <T> List<T> read(Graph graph, Statement statement, Map<String, Object> params,
                            Function<Record, T> mapper, String howToNarrow) {
        String cypher = render(statement);
        long t0 = System.nanoTime();
        try (var session = graph.session()) {
            List<T> out = session.executeRead(tx -> tx.run(cypher, params).list(mapper::apply),
                    org.neo4j.driver.TransactionConfig.builder()
                            .withTimeout(java.time.Duration.ofMillis(QUERY_BUDGET_MS)).build());
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
}
