package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.api.ApiServer;
import org.coopgraph.api.Tokens;
import org.coopgraph.ingest.DemoData;
import org.coopgraph.ingest.Importer;
import org.coopgraph.ingest.ReferenceData;
import org.coopgraph.store.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    @Option(names = "--tokens", paramLabel = "FILE", defaultValue = "${env:COOPGRAPH_TOKENS_FILE}",
            description = "API tokens file (see the 'token' command; env COOPGRAPH_TOKENS_FILE). With tokens,"
                    + " GETs need a reader token, writes an editor token. COOPGRAPH_TOKEN adds one editor token.")
    Path tokensFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow browser calls from this origin (repeatable; CORS is off by default).")
    List<String> corsOrigins = new ArrayList<>();

    private Tokens tokens;

    @Override
    protected int beforeConnecting() {
        try {
            tokens = Tokens.load(tokensFile, System.getenv("COOPGRAPH_TOKEN"));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("coopgraph: cannot read the tokens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!tokens.configured() && !isLoopback(host)) {
            spec.commandLine().getErr().println("coopgraph: refusing to serve on " + host
                    + " without API tokens; give --tokens FILE or COOPGRAPH_TOKEN, or bind to 127.0.0.1");
            return ExitCodes.USAGE;
        }
        if (!tokens.configured()) {
            LOG.warn("No API tokens configured: serving on {} only, open to anyone on this machine", host);
        }
        return ExitCodes.OK;
    }

    @Override
    protected int runWith(Graph graph) {
        ApiServer server;
        try {
            Importer importer = new Importer(graph);
            ReferenceData.load(graph, importer);
            if (!noDemo) {
                DemoData.loadOnFirstStart(graph, importer);
            }
            server = new ApiServer(graph, importer, new ApiServer.Options(host, tokens, corsOrigins));
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

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
