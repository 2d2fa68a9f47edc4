package org.coopgraph.ingest;

import org.coopgraph.store.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The demo data: the team's curated bundle of the reference release (INTERPOL, Kaspersky Lab
 * and the IGCI, 20 March 2013), loaded on the first start of an empty graph.
 */
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String BUNDLE = "/demo/interpol-kaspersky-2013-03-20.json";

    private DemoData() {
    }

    /** Loads the bundle unless the graph already holds releases other than reference data. */
    public static void loadOnFirstStart(Graph graph, Importer importer) {
        long releases = graph.read(tx -> tx.run("MATCH (r:Release) WHERE r.method <> 'reference' RETURN count(r) AS n",
                Map.of()).single().get("n").asLong());
        if (releases > 0) {
            LOG.info("Graph holds {} releases; demo data not loaded again", releases);
            return;
        }
        ImportOutcome outcome = load(importer).outcome();
        LOG.info("Demo data: {} ({} entities, {} facts)", outcome.status().name().toLowerCase(),
                outcome.entitiesCreated(), outcome.factsCreated());
    }

    public static Importer.Result load(Importer importer) {
        try (InputStream in = DemoData.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLE);
            }
            Importer.Result result = importer.importBytes(BUNDLE, in.readAllBytes(), false);
            if (result.outcome().status() == ImportOutcome.Status.REFUSED) {
                throw new IllegalStateException("demo bundle refused: " + result.outcome().message());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
