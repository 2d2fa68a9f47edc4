package org.coopgraph;

import org.coopgraph.cli.BenchCommand;
import org.coopgraph.cli.ExportCommand;
import org.coopgraph.cli.GenerateCommand;
import org.coopgraph.cli.ImportCommand;
import org.coopgraph.cli.MigrateCommand;
import org.coopgraph.cli.ServeCommand;
import org.coopgraph.cli.TokenCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coopgraph} command: each verb is a subcommand in {@code org.coopgraph.cli}. */
@Command(name = "coopgraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Press releases about cooperation against cybercrime, as a Neo4j graph with provenance.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ImportCommand.class, ExportCommand.class,
                GenerateCommand.class, BenchCommand.class,
                TokenCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = commandLine().execute(args);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("coopgraph: " + e.getMessage());
                    return 1;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version Maven wrote into the jar. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"coopgraph " + Version.get()};
        }
    }
}
