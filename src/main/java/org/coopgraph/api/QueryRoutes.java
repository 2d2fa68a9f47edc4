package org.coopgraph.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.coopgraph.Version;
import org.coopgraph.model.Relation;
import org.coopgraph.query.EntityDetails;
import org.coopgraph.query.IntelligenceReach;
import org.coopgraph.query.BadParameterException;
import org.coopgraph.query.Brokers;
import org.coopgraph.query.Facts;
import org.coopgraph.query.IntelligenceSources;
import org.coopgraph.query.Roles;
import org.coopgraph.query.SupportMatrix;
import org.coopgraph.query.Timeline;
import org.coopgraph.query.Neighbourhood;
import org.coopgraph.query.Paths;
import org.coopgraph.query.Search;
import org.coopgraph.query.Stats;
import org.coopgraph.query.Supporters;
import org.coopgraph.store.Graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Timeline timeline;
    private final Roles roles;
    private final SupportMatrix supportMatrix;
    private final IntelligenceSources intelligenceSources;
    private final Brokers brokers;
    private final Facts facts;

    QueryRoutes(Graph graph) {
        this.graph = graph;
        this.search = new Search(graph);
        this.entities = new EntityDetails(graph);
        this.supporters = new Supporters(graph);
        this.reach = new IntelligenceReach(graph);
        this.stats = new Stats(graph);
        this.paths = new Paths(graph);
        this.neighbourhood = new Neighbourhood(graph);
        this.timeline = new Timeline(graph);
        this.roles = new Roles(graph);
        this.supportMatrix = new SupportMatrix(graph);
        this.intelligenceSources = new IntelligenceSources(graph);
        this.brokers = new Brokers(graph);
        this.facts = new Facts(graph);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/stats", ctx -> ctx.json(stats.get()));
        routes.get("/api/paths", this::paths);
        routes.get("/api/entities/{id}/neighbourhood", this::neighbourhood);
        routes.get("/api/entities/{id}/timeline", ctx -> {
            String[] window = window(ctx);
            ctx.json(timeline.of(Params.id("id", ctx.pathParam("id")), window[0], window[1], Params.limit(ctx),
                    Params.cursor(ctx)));
        });
        routes.get("/api/people/{id}/roles", ctx -> ctx.json(roles.ofPerson(Params.id("id", ctx.pathParam("id")))));
        routes.get("/api/organisations/{id}/people", ctx ->
                ctx.json(roles.ofOrganisation(Params.id("id", ctx.pathParam("id")))));
        routes.get("/api/support", ctx -> ctx.json(supportMatrix.list(Params.kind(ctx, "kind"),
                Params.date(ctx, "asOf"), Params.limit(ctx), Params.cursor(ctx))));
        routes.get("/api/intelligence/sources", ctx -> {
            String country = Params.id("country", Params.required(ctx, "country")).toUpperCase(java.util.Locale.ROOT);
            String asOf = Params.date(ctx, "asOf");
            ctx.json(intelligenceSources.to(country, asOf == null ? LocalDate.now().toString() : asOf,
                    Params.integer(ctx, "maxHops", IntelligenceReach.DEFAULT_MAX_HOPS, 1, IntelligenceReach.MAX_HOPS)));
        });
        routes.get("/api/analytics/brokers", ctx -> ctx.json(brokers.rank(Params.relations(ctx, "relations"),
                Params.integer(ctx, "limit", 20, 1, Params.MAX_LIMIT))));
        routes.get("/api/facts", ctx -> {
            List<Relation> relation = Params.relations(ctx, "relation");
            if (relation.size() > 1) {
                throw new BadParameterException("relation", "'relation' takes one relation");
            }
            String source = Params.optional(ctx, "source");
            String[] window = window(ctx, "since", "until");
            ctx.json(facts.list(new Facts.Request(relation.isEmpty() ? null : relation.get(0),
                    source == null ? null : Params.id("source", source), window[0], window[1],
                    Params.probability(ctx, "minConfidence"), Params.limit(ctx), Params.cursor(ctx))));
        });
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

    /** A date window from two parameters (default from and to), each YYYY[-MM[-DD]], in order. */
    private static String[] window(Context ctx, String fromName, String toName) {
        String from = Params.partialDate(ctx, fromName);
        String to = Params.partialDate(ctx, toName);
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadParameterException(fromName, "'" + fromName + "' must not be after '" + toName + "'");
        }
        return new String[]{from, to};
    }

    private static String[] window(Context ctx) {
        return window(ctx, "from", "to");
    }

    private void neighbourhood(Context ctx) {
        String[] window = window(ctx);
        String from = window[0];
        String to = window[1];
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
