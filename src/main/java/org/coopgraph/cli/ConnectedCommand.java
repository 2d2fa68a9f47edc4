package org.coopgraph.cli;

import org.coopgraph.store.Graph;
import org.coopgraph.store.Schema;
import org.coopgraph.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * A command that needs the graph: connects (embedded, or NEO4J_URI), applies migrations, runs,
 * and turns connection and migration failures into a one-line message and an exit code.
 */
abstract class ConnectedCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        int refused = beforeConnecting();
        if (refused != ExitCodes.OK) {
            return refused;
        }
        Graph graph;
        try {
            graph = Graph.open(connection.settings(connection.boltPort));
        } catch (StoreException e) {
            spec.commandLine().getErr().println("coopgraph: " + e.getMessage());
            return noDatabaseExitCode();
        }
        try {
            Schema.migrate(graph);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("coopgraph: " + e.getMessage());
            graph.close();
            return ExitCodes.MIGRATION_FAILED;
        }
        return runWith(graph);
    }

    /** Runs with a migrated graph; closes it unless it hands it on (serve keeps it open). */
    protected abstract int runWith(Graph graph);

    /** Checks that need no database, so that a bad configuration fails fast; OK to go on. */
    protected int beforeConnecting() {
        return ExitCodes.OK;
    }

    protected int noDatabaseExitCode() {
        return ExitCodes.NO_DATABASE;
    }
}
