package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.store.Graph;
import picocli.CommandLine.Command;

/** Applies the schema migrations and exits. */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Apply the schema migrations under cypher/migrations/ and exit.")
public final class MigrateCommand extends ConnectedCommand {

    @Override
    protected int runWith(Graph graph) {
        graph.close();
        spec.commandLine().getOut().println("schema up to date");
        return ExitCodes.OK;
    }
}
