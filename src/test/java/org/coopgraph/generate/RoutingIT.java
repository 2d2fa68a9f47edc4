package org.coopgraph.generate;

import org.coopgraph.store.Graph;
import org.coopgraph.testing.TestGraph;
import org.coopgraph.testing.WithNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app's Graph works over a routing {@code neo4j://} URI, as it would against a cluster or Aura:
 * the driver asks for the routing table, sends the write to a writer and the read to a reader, and a
 * bookmark carries read-your-writes across sessions.
 */
@WithNeo4j
class RoutingIT {

    @Test
    void aWriteThenAReadGoThroughTheRoutingDriver(TestGraph test) {
        String bolt = test.graph().embeddedBoltUri();
        assumeTrue(bolt != null, "needs the embedded database (its Bolt URI); skipped against a server");
        String routing = bolt.replaceFirst("^bolt://", "neo4j://");
        assertThat(routing).startsWith("neo4j://127.0.0.1:");

        Driver driver = Graph.connect(routing, null, null);
        try (Graph graph = new Graph(driver, null)) {
            String id = "routing-it-probe";
            graph.write(tx -> tx.run("MERGE (n:RoutingProbe {id: $id}) SET n.n = coalesce(n.n, 0) + 1",
                    Map.of("id", id)).consume());
            long n = graph.read(tx -> tx.run("MATCH (n:RoutingProbe {id: $id}) RETURN n.n AS n", Map.of("id", id))
                    .single().get("n").asLong());
            assertThat(n).isPositive();

            // read-your-writes across sessions, as a cluster needs: the write's bookmark goes to the read
            Set<Bookmark> bookmarks;
            try (Session w = driver.session()) {
                w.executeWrite(tx -> tx.run("MATCH (n:RoutingProbe {id: $id}) SET n.seen = true", Map.of("id", id)).consume());
                bookmarks = w.lastBookmarks();
            }
            assertThat(bookmarks).isNotEmpty();
            try (Session r = driver.session(SessionConfig.builder().withBookmarks(bookmarks).build())) {
                boolean seen = r.executeRead(tx -> tx.run("MATCH (n:RoutingProbe {id: $id}) RETURN n.seen AS s",
                        Map.of("id", id)).single().get("s").asBoolean());
                assertThat(seen).isTrue();
            }
            graph.write(tx -> tx.run("MATCH (n:RoutingProbe) DETACH DELETE n").consume());
        }
    }
}
