package org.coopgraph.store;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Applies the versioned Cypher scripts under {@code cypher/migrations/} (packaged into the jar)
 * with neo4j-migrations, which records a checksum for each: an applied script that was edited
 * afterwards fails loudly instead of drifting.
 */
public final class Schema {

    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);
    static final String LOCATION = "classpath:cypher/migrations";

    private Schema() {
    }

    /** Applies pending migrations and returns the schema version now in force. */
    public static String migrate(Graph graph) {
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withAutocrlf(true);
        if (graph.database() != null) {
            config.withDatabase(graph.database());
        }
        try {
            Migrations migrations = new Migrations(config.build(), graph.driver());
            Optional<?> applied = migrations.apply();
            MigrationChain chain = migrations.info();
            String version = chain.getLastAppliedVersion().map(v -> v.getValue()).orElse("none");
            LOG.info("Schema at version {}{}", version, applied.isPresent() ? "" : " (nothing to apply)");
            return version;
        } catch (MigrationsException e) {
            throw new StoreException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
