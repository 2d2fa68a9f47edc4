package org.coopgraph.store;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The application's one handle on the database: a driver (to an embedded database it started, or
 * to a server) and the database name. Reads go through executeRead and writes through
 * executeWrite so that a cluster routes them, and transient errors are retried by the driver.
 */
public final class Graph implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Graph.class);

    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    static final Duration RETRY_TIME = Duration.ofSeconds(5);
    static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(10);

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;

    public Graph(Driver driver, String database) {
        this(driver, database, null);
    }

    private Graph(Driver driver, String database, EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
    }

    /**
     * Connects as the settings say, starting an embedded database when no URI is given, and
     * checks that the database answers.
     *
     * @throws StoreException with a one-line reason when it cannot
     */
    public static Graph open(ConnectionSettings settings) {
        if (settings.embedded()) {
            var elsewhere = EmbeddedNeo4j.runningElsewhere(settings.dataDir());
            if (elsewhere.isPresent()) {
                try {
                    Driver driver = connect(elsewhere.get(), null, null);
                    if (serves(driver, settings.dataDir())) {
                        LOG.info("{} is in use by a running coopgraph; connected to it at {}", settings.dataDir(),
                                elsewhere.get());
                        return new Graph(driver, null, null);
                    }
                    driver.close();
                    LOG.info("The database at {} is not the one under {} (the address was left by a process that"
                            + " stopped, and the port is taken again); starting the database", elsewhere.get(),
                            settings.dataDir());
                } catch (StoreException stale) {
                    LOG.info("No coopgraph answers at {} (left by a process that stopped); starting the database",
                            elsewhere.get());
                }
            }
            EmbeddedNeo4j db = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort());
            try {
                Driver driver = connect(db.boltUri(), null, null);
                return new Graph(driver, null, db);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        Driver driver = connect(settings.uri(), settings.username(), settings.password());
        if (settings.database() != null) {
            try (Session s = driver.session(SessionConfig.forDatabase(settings.database()))) {
                s.run("RETURN 1").consume();
            } catch (Neo4jException e) {
                driver.close();
                throw new StoreException("cannot use database '" + settings.database() + "' at "
                        + settings.uri() + ": " + e.getMessage(), e);
            }
        }
        LOG.info("Connected to {}{}", settings.uri(),
                settings.database() == null ? "" : " (database " + settings.database() + ")");
        return new Graph(driver, settings.database(), null);
    }

    /**
     * True when the database behind the driver keeps its data under {@code home}: a Bolt address left
     * in {@code coopgraph-bolt.uri} by a process that was killed may since have been taken by another
     * database, which must not receive this directory's imports.
     */
    static boolean serves(Driver driver, Path home) {
        try (Session s = driver.session()) {
            String dir = s.run("CALL dbms.listConfig('server.directories.data') YIELD name, value "
                    + "WHERE name = 'server.directories.data' RETURN value").single().get("value").asString();
            Path theirs = Path.of(dir);
            Path ours = home.resolve("data");
            return Files.exists(theirs) && Files.exists(ours) && Files.isSameFile(theirs, ours);
        } catch (RuntimeException | java.io.IOException e) {
            LOG.debug("Cannot tell which directory the database at hand serves: {}", e.getMessage());
            return false;
        }
    }

    /** Opens a driver and verifies connectivity, turning failures into one-line StoreExceptions. */
    public static Driver connect(String uri, String username, String password) {
        // Bounded waits, so that a request never hangs on a database that went away: the retries of a
        // managed transaction (transient errors, deadlocks, lost connections) stop starting after 5 s,
        // though the last one's back-off may run past it; a new connection must open within 5 s, and a
        // busy pool must hand one out within 10 s. Measured by DatabaseOutageIT.
        Config config = Config.builder()
                .withConnectionTimeout(CONNECTION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(RETRY_TIME.toSeconds(), TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(ACQUISITION_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        Driver driver;
        try {
            driver = username == null
                    ? GraphDatabase.driver(uri, AuthTokens.none(), config)
                    : GraphDatabase.driver(uri, AuthTokens.basic(username, password), config);
        } catch (IllegalArgumentException e) {
            throw new StoreException("invalid NEO4J_URI '" + uri + "': " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("cannot log in to " + uri + " as '" + username
                    + "': check NEO4J_USERNAME and NEO4J_PASSWORD", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("cannot connect to " + uri + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            driver.close();
            throw new StoreException("cannot connect to " + uri + ": " + EmbeddedNeo4j.rootMessage(e), e);
        }
    }

    public Driver driver() {
        return driver;
    }

    /** The database name, or null for the server's default. */
    public String database() {
        return database;
    }

    /** The Bolt URI of the embedded database, or null when connected to a server. */
    public String embeddedBoltUri() {
        return embedded == null ? null : embedded.boltUri();
    }

    public Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    public <T> T read(TransactionCallback<T> work) {
        try (Session s = session()) {
            return s.executeRead(work);
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (Session s = session()) {
            return s.executeWrite(work);
        }
    }

    /** True when the database answers a trivial query within a couple of seconds. */
    public boolean answers() {
        try (Session s = session()) {
            s.run("RETURN 1").consume();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    static Duration timeout() {
        return Duration.ofSeconds(10);
    }
}
