package org.coopgraph.testing;

import org.coopgraph.store.ConnectionSettings;
import org.coopgraph.store.Graph;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One Neo4j for the whole test run, chosen in this order: the server at {@code NEO4J_TEST_URI}
 * (with NEO4J_TEST_USERNAME / NEO4J_TEST_PASSWORD); a Testcontainers {@code neo4j:5.26-community}
 * container when Docker answers; else the embedded database on a free Bolt port. The tests are
 * the same in all three: they only ever talk to the database through the driver.
 */
public final class Neo4jExtension implements ParameterResolver {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jExtension.class);
    static final String IMAGE = "neo4j:5.26-community";

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext ctx) {
        Class<?> t = p.getParameter().getType();
        return t == TestGraph.class || t == TestApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext ctx) {
        TestGraph graph = ctx.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestGraph.class, k -> start(), TestGraph.class);
        if (p.getParameter().getType() == TestGraph.class) {
            return graph;
        }
        ExtensionContext classCtx = ctx.getParent().filter(c -> c.getTestMethod().isEmpty()).orElse(ctx);
        return classCtx.getStore(ExtensionContext.Namespace.create(Neo4jExtension.class, classCtx.getUniqueId()))
                .getOrComputeIfAbsent(TestApi.class, k -> TestApi.start(graph), TestApi.class);
    }

    private static TestGraph start() {
        String uri = System.getenv("NEO4J_TEST_URI");
        if (uri != null && !uri.isBlank()) {
            LOG.info("Tests run against {}", uri);
            Map<String, String> env = Map.of("NEO4J_URI", uri,
                    "NEO4J_USERNAME", System.getenv().getOrDefault("NEO4J_TEST_USERNAME", "neo4j"),
                    "NEO4J_PASSWORD", System.getenv().getOrDefault("NEO4J_TEST_PASSWORD", ""));
            return TestGraph.open(Graph.open(ConnectionSettings.from(env, null, 0)), null);
        }
        if (dockerAnswers()) {
            Neo4jContainer<?> container = new Neo4jContainer<>(IMAGE).withoutAuthentication();
            container.start();
            LOG.info("Tests run against a {} container at {}", IMAGE, container.getBoltUrl());
            Map<String, String> env = Map.of("NEO4J_URI", container.getBoltUrl());
            return TestGraph.open(Graph.open(ConnectionSettings.from(env, null, 0)), container::stop);
        }
        try {
            Path home = Files.createTempDirectory("coopgraph-test-");
            LOG.info("No NEO4J_TEST_URI and no Docker: tests run against an embedded database under {}", home);
            return TestGraph.open(Graph.open(ConnectionSettings.from(Map.of(), home, 0)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
