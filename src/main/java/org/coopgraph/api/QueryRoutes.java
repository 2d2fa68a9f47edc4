package org.coopgraph.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.coopgraph.Version;
import org.coopgraph.query.EntityDetails;
import org.coopgraph.query.IntelligenceReach;
import org.coopgraph.query.BadParameterException;
import org.coopgraph.query.Neighbourhood;
import org.coopgraph.query.Paths;
import org.coopgraph.query.Search;
import org.coopgraph.query.Stats;
import org.coopgraph.query.Supporters;
import org.coopgraph.store.Graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET routes: one per analyst question, each a thin shell around its query class. */
final class QueryRoutes {

    private final Graph graph;
    private final Search search;
    private final EntityDetails entities;
    private final Supporters supporters;
    private final IntelligenceReach reach;
    private final Stats stats;
    private final Paths paths;
    private final Neighbourhood neighbourhood;

    QueryRoutes(Graph graph) {
        this.graph = graph;
        this.search = new Search(graph);
        this.entities = new EntityDetails(graph);
        this.supporters = new Supporters(graph);
        this.reach = new IntelligenceReach(graph);
        this.stats = new Stats(graph);
        this.paths = new Paths(graph);
        this.neighbourhood = new Neighbourhood(graph);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/stats", ctx -> ctx.json(stats.get()));
        routes.get("/api/paths", this::paths);
        routes.get("/api/entities/{id}/neighbourhood", this::neighbourhood);
        routes.get("/api/search", ctx -> ctx.json(search.search(Params.required(ctx, "q"),
                Params.entityType(ctx, "type"), Params.integer(ctx, "limit", 10, 1, 100))));
        routes.get("/api/entities/{id}", ctx -> ctx.json(entities.get(Params.id("id", ctx.pathParam("id")))));
        routes.get("/api/centres/{id}/supporters", ctx -> ctx.json(supporters.of(
                Params.id("id", ctx.pathParam("id")), Params.date(ctx, "asOf"))));
        routes.get("/api/intelligence/reach", ctx -> {
            String from = Params.id("from", Params.required(ctx, "from"));
            String asOf = Params.date(ctx, "asOf");
            int maxHops = Params.integer(ctx, "maxHops", IntelligenceReach.DEFAULT_MAX_HOPS, 1,
                    IntelligenceReach.MAX_HOPS);
            ctx.json(reach.from(from, asOf == null ? LocalDate.now().toString() : asOf, maxHops));
        });
    }

    private void paths(Context ctx) {
        String from = Params.id("from", Params.required(ctx, "from"));
        String to = Params.id("to", Params.required(ctx, "to"));
        ctx.json(paths.between(from, to,
                Params.integer(ctx, "maxHops", Paths.DEFAULT_MAX_HOPS, 1, Paths.MAX_HOPS),
                Params.relations(ctx, "relations"),
                Params.integer(ctx, "limit", Paths.DEFAULT_LIMIT, 1, Paths.MAX_LIMIT)));
    }

    private void neighbourhood(Context ctx) {
        String from = Params.partialDate(ctx, "from");
        String to = Params.partialDate(ctx, "to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadParameterException("from", "'from' must not be after 'to'");
        }
        ctx.json(neighbourhood.around(new Neighbourhood.Request(Params.id("id", ctx.pathParam("id")),
                Params.integer(ctx, "depth", 1, 1, 2), Params.entityTypes(ctx, "types"),
                Params.relations(ctx, "relations"), from, to, Params.limit(ctx), Params.cursor(ctx))));
    }

    private void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = graph.answers();
        body.put("status", up ? "ok" : "unavailable");
        body.put("database", up ? "answers" : "does not answer");
        body.put("embedded", graph.embeddedBoltUri() != null);
        body.put("version", Version.get());
        ctx.status(up ? 200 : 503).json(body);
    }
}
