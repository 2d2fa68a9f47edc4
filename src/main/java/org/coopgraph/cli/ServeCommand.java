package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.api.ApiServer;
import org.coopgraph.ingest.DemoData;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReferenceData;
import org.coopgraph.store.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the HTTP API and the explorer, on an embedded database unless NEO4J_URI is set. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Serve the API and the explorer page.",
                "Without NEO4J_URI an embedded Neo4j starts under --data, with Bolt on 127.0.0.1:--bolt-port.",
                "With NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) it uses that server."})
public final class ServeCommand extends ConnectedCommand {

    /** Returned by a command that leaves the process running (the server), so main does not exit. */
    public static final int KEEP_RUNNING = -1;

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:COOPGRAPH_PORT:-7070}",
            description = "HTTP port (env COOPGRAPH_PORT; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind HTTP to (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--no-demo", description = "Do not load the demo data on first start.")
    boolean noDemo;

    @Override
    protected int runWith(Graph graph) {
        ApiServer server;
        try {
            Importer importer = new Importer(graph);
            ReferenceData.load(graph, importer);
            if (!noDemo) {
                DemoData.loadOnFirstStart(graph, importer);
            }
            String token = System.getenv("COOPGRAPH_TOKEN");
            server = new ApiServer(graph, importer, new ApiServer.Options(host, token));
            server.start(port);
        } catch (RuntimeException e) {
            graph.close();
            spec.commandLine().getErr().println("coopgraph: cannot serve on " + host + ":" + port + ": "
                    + rootMessage(e));
            return ExitCodes.PORT_IN_USE;
        }
        ApiServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping");
            running.close();
            graph.close();
        }, "coopgraph-shutdown"));
        LOG.info("coopgraph serving http://{}:{}/ (API under /api, OpenAPI at /openapi.json)", host, server.port());
        return KEEP_RUNNING;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
