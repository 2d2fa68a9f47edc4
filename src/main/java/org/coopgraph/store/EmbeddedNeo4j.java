package org.coopgraph.store;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;

/**
 * A Neo4j 5 Community database in this process, reachable only through its Bolt connector on
 * loopback. The application never uses the embedded API for data: it connects with the driver
 * exactly as it would to a server, so both paths run the same code.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** Where a running embedded database tells other processes its Bolt address. */
    static final String BOLT_URI_FILE = "coopgraph-bolt.uri";

    private final DatabaseManagementService dbms;
    private final String boltUri;
    private final Path uriFile;

    private EmbeddedNeo4j(DatabaseManagementService dbms, String boltUri, Path uriFile) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.uriFile = uriFile;
    }

    /**
     * The Bolt URI of an embedded database another coopgraph process is running on this data
     * directory, if it left one: two processes cannot open one store, so the second connects to the
     * first over Bolt instead.
     */
    static Optional<String> runningElsewhere(Path home) {
        Path file = home.resolve(BOLT_URI_FILE);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts the database under {@code home}, with Bolt on 127.0.0.1:{@code boltPort} (0 picks a free port).
     *
     * @throws StoreException when the store is locked by another process or cannot start
     */
    public static EmbeddedNeo4j start(Path home, int boltPort) {
        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    .build();
        } catch (RuntimeException e) {
            throw new StoreException("cannot start the embedded database under " + home.toAbsolutePath()
                    + ": " + rootMessage(e) + " (is another coopgraph process using the same --data?)", e);
        }
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String uri = "bolt://127.0.0.1:" + address.getPort();
        LOG.info("Embedded Neo4j ready in {} ms under {}; Bolt at {} (no auth, loopback only)",
                (System.nanoTime() - t0) / 1_000_000, home.toAbsolutePath(), uri);
        Path uriFile = home.resolve(BOLT_URI_FILE);
        try {
            Files.writeString(uriFile, uri + "\n");
        } catch (IOException e) {
            LOG.warn("Cannot write {}: other processes will not find this database ({})", uriFile, e.getMessage());
        }
        return new EmbeddedNeo4j(dbms, uri, uriFile);
    }

    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        LOG.info("Closing the embedded database");
        try {
            Files.deleteIfExists(uriFile);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: {}", uriFile, e.getMessage());
        }
        dbms.shutdown();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
