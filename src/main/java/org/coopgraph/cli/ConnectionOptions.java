package org.coopgraph.cli;

import org.coopgraph.store.ConnectionSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the graph is: options shared by every command that needs the database. */
public final class ConnectionOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:COOPGRAPH_DATA:-data}",
            description = "Directory of the embedded database (env COOPGRAPH_DATA; default: ${DEFAULT-VALUE})."
                    + " Ignored when NEO4J_URI is set.")
    Path data;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port of the embedded database on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int boltPort;

    public ConnectionSettings settings(int defaultBoltPort) {
        return ConnectionSettings.from(System.getenv(), data, boltPort);
    }
}
