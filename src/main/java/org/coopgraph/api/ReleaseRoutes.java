package org.coopgraph.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.coopgraph.ingest.ImportOutcome;
import org.coopgraph.ingest.Importer;
import org.coopgraph.query.NotFoundException;
import org.coopgraph.query.Releases;
import org.coopgraph.store.Graph;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Importing, listing, reading and retracting releases over HTTP. */
final class ReleaseRoutes {

    private final Importer importer;
    private final Releases releases;

    ReleaseRoutes(Graph graph, Importer importer) {
        this.importer = importer;
        this.releases = new Releases(graph);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/releases", ctx -> ctx.json(releases.list(Params.limit(ctx),
                Params.optional(ctx, "cursor") == null ? null : Params.id("cursor", Params.optional(ctx, "cursor")))));
        routes.get("/api/releases/{id}", ctx -> ctx.json(releases.get(Params.id("id", ctx.pathParam("id")))));
        routes.post("/api/releases", this::create);
        routes.delete("/api/releases/{id}", ctx -> {
            String id = Params.id("id", ctx.pathParam("id"));
            if (!importer.delete(id)) {
                throw new NotFoundException("no release with id '" + id + "'");
            }
            ctx.status(204);
        });
    }

    private void create(Context ctx) {
        String extension = extensionFor(ctx.contentType());
        String name = Params.optional(ctx, "name");
        String fileName = (name == null ? "request" : name.replaceAll("[^\\p{L}\\p{N}._-]", "_")) + extension;
        byte[] body = ctx.bodyAsBytes();
        boolean dryRun = Params.flag(ctx, "dryRun");
        Importer.Result result = importer.importBytes(fileName, body, dryRun);
        ImportOutcome o = result.outcome();
        if (o.status() == ImportOutcome.Status.REFUSED) {
            ApiServer.problem(ctx, 422, "Release refused", o.message(), null);
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", o.releaseId());
        answer.put("status", o.status().name().toLowerCase(Locale.ROOT));
        answer.put("entitiesCreated", o.entitiesCreated());
        answer.put("factsCreated", o.factsCreated());
        answer.put("factsAsserted", o.factsAsserted());
        answer.put("extraction", result.extraction());
        ctx.status(o.status() == ImportOutcome.Status.IMPORTED ? 201 : 200).json(answer);
    }

    /** The release format from the request's content type: the same formats as files. */
    private static String extensionFor(String contentType) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("application/json")) {
            return ".json";
        }
        if (ct.startsWith("text/html")) {
            return ".html";
        }
        if (ct.startsWith("text/markdown")) {
            return ".md";
        }
        if (ct.startsWith("text/plain")) {
            return ".txt";
        }
        throw new HttpResponseException(415, "Content-Type must be text/plain, text/markdown, text/html"
                + " or application/json, not '" + Params.abbreviate(ct) + "'");
    }
}
