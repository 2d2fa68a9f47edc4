package org.coopgraph.query;

import org.coopgraph.model.Relation;
import org.coopgraph.store.Graph;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who is the hub of the cooperation network: organisations ranked by betweenness (how many
 * shortest paths between other organisations run through them) and degree, over the
 * organisation-to-organisation facts of the chosen relations, taken as undirected.
 *
 * <p>Community Neo4j has no graph algorithms library, so betweenness is computed here with
 * Brandes' algorithm; above {@link #EXACT_LIMIT} organisations it samples source nodes (with a
 * fixed seed, so answers are repeatable) and says so.
 */
public final class Brokers {

    public record Broker(EntityRef organisation, String kind, int degree, double betweenness) {
    }

    public record Answer(List<String> relations, int organisations, int links, boolean approximate,
                         List<Broker> brokers) {
    }

    /** The relations that connect organisations by default. */
    public static final List<Relation> COOPERATION = List.of(Relation.SUPPORTS, Relation.PROVIDES_INTELLIGENCE_TO,
            Relation.DISSEMINATES_TO, Relation.COOPERATES_WITH, Relation.PROVIDES_TRAINING_TO,
            Relation.PROVIDES_EXPERTS_TO, Relation.PART_OF);
    static final int EXACT_LIMIT = 5_000;
    static final int SAMPLES = 500;

    private final Graph graph;

    public Brokers(Graph graph) {
        this.graph = graph;
    }

    public Answer rank(List<Relation> relations, int limit) {
        List<Relation> through = relations.isEmpty() ? COOPERATION : relations;
        Map<String, Integer> index = new HashMap<>();
        List<EntityRef> refs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<int[]> edges = new ArrayList<>();
        for (var row : Cyphers.read(graph, statement(through), Map.of(), r -> r, "restrict relations")) {
            int a = intern(index, refs, kinds, row.get("a"));
            int b = intern(index, refs, kinds, row.get("b"));
            if (a != b) {
                edges.add(new int[]{a, b});
            }
        }
        int n = refs.size();
        int[][] adjacency = adjacency(n, edges);
        boolean approximate = n > EXACT_LIMIT;
        double[] betweenness = betweenness(adjacency, approximate ? SAMPLES : n);
        List<Broker> brokers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            brokers.add(new Broker(refs.get(i), kinds.get(i), adjacency[i].length,
                    Math.round(betweenness[i] * 100) / 100.0));
        }
        brokers.sort(Comparator.comparingDouble(Broker::betweenness).reversed()
                .thenComparing(Comparator.comparingInt(Broker::degree).reversed())
                .thenComparing(b -> b.organisation().id()));
        return new Answer(through.stream().map(Enum::name).toList(), n, edges.size(), approximate,
                brokers.subList(0, Math.min(limit, n)));
    }

    /** Distinct organisation pairs linked by one of the relations (types from the enum). */
    public static Statement statement(List<Relation> relations) {
        return Cypher.match(Cypher.node("Organisation").named("a")
                        .relationshipTo(Cypher.node("Organisation").named("b"),
                                relations.stream().map(Enum::name).toArray(String[]::new)))
                .returningDistinct(Cypher.raw("{id: a.id, type: a.type, name: a.name, kind: a.kind}").as("a"),
                        Cypher.raw("{id: b.id, type: b.type, name: b.name, kind: b.kind}").as("b"))
                .build();
    }

    private static int intern(Map<String, Integer> index, List<EntityRef> refs, List<String> kinds,
                              org.neo4j.driver.Value v) {
        return index.computeIfAbsent(v.get("id").asString(), id -> {
            refs.add(EntityRef.of(v));
            kinds.add(v.get("kind").asString(null));
            return refs.size() - 1;
        });
    }

    private static int[][] adjacency(int n, List<int[]> edges) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            if (!lists.get(e[0]).contains(e[1])) {
                lists.get(e[0]).add(e[1]);
                lists.get(e[1]).add(e[0]);
            }
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return adj;
    }

    /** Brandes (2001) for unweighted undirected graphs, from {@code sources} start nodes. */
    static double[] betweenness(int[][] adj, int sources) {
        int n = adj.length;
        double[] cb = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (sources < n) {
            Random random = new Random(42);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] stack = new int[n];
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
        }
        for (int k = 0; k < Math.min(sources, n); k++) {
            int s = order[k];
            Arrays.fill(dist, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            preds.forEach(List::clear);
            dist[s] = 0;
            sigma[s] = 1;
            int top = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack[top++] = v;
                for (int w : adj[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        preds.get(w).add(v);
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : preds.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    cb[w] += delta[w];
                }
            }
        }
        double scale = (sources < n ? (double) n / sources : 1.0) / 2.0;
        for (int i = 0; i < n; i++) {
            cb[i] *= scale;
        }
        return cb;
    }
}
