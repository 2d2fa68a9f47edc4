package org.coopgraph.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the graph lives: a server given by {@code NEO4J_URI}, or else an embedded database under
 * {@code dataDir} with Bolt on {@code boltPort}.
 */
public record ConnectionSettings(String uri, String username, String password, String database,
                                 Path dataDir, int boltPort) {

    public static final int DEFAULT_BOLT_PORT = 7687;

    /** Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE from the environment. */
    public static ConnectionSettings from(Map<String, String> env, Path dataDir, int boltPort) {
        String uri = blankToNull(env.get("NEO4J_URI"));
        return new ConnectionSettings(uri,
                env.getOrDefault("NEO4J_USERNAME", "neo4j"),
                env.getOrDefault("NEO4J_PASSWORD", ""),
                blankToNull(env.get("NEO4J_DATABASE")),
                dataDir, boltPort);
    }

    public boolean embedded() {
        return uri == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
