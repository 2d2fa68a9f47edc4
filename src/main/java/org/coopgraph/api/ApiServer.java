package org.coopgraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.coopgraph.ingest.Importer;
import org.coopgraph.query.BadParameterException;
import org.coopgraph.query.NotFoundException;
import org.coopgraph.query.UnanswerableException;
import org.coopgraph.store.Graph;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The HTTP face of coopgraph: the analyst questions under {@code /api}, the OpenAPI document, and
 * the explorer page at {@code /}. Built from a {@link Graph} so that tests build exactly the app
 * that {@code serve} runs.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /**
     * What the server needs besides the graph.
     *
     * @param corsOrigins origins allowed to call the API from a browser (none by default)
     */
    public record Options(String host, Tokens tokens, List<String> corsOrigins) {

        /** Loopback, with at most one editor token (as {@code COOPGRAPH_TOKEN} gives). */
        public Options(String host, String editorToken) {
            this(host, Tokens.load(null, editorToken), List.of());
        }

        public static Options defaults() {
            return new Options("127.0.0.1", Tokens.none(), List.of());
        }
    }

    /** Headers on every answer: no inline script, no framing, no content sniffing. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private final Javalin app;

    public ApiServer(Graph graph, Importer importer, Options options) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        QueryRoutes queries = new QueryRoutes(graph);
        ReleaseRoutes releases = new ReleaseRoutes(graph, importer);
        Access access = new Access(options.tokens());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = 6L * 1024 * 1024;
            config.jetty.host = options.host();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            if (!options.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    options.corsOrigins().forEach(rule::allowHost);
                    rule.exposeHeader("Content-Type");
                }));
            }
            config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
            config.routes.before("/api/*", access::check);
            queries.register(config.routes);
            releases.register(config.routes);
            new AdminRoutes(options.tokens()).register(config.routes);
            new ExportRoutes(graph).register(config.routes);
            new OpenApiRoutes().register(config.routes);
            config.routes.exception(BadParameterException.class, (e, ctx) ->
                    problem(ctx, 400, "Bad parameter", e.getMessage(), e.parameter()));
            config.routes.exception(NotFoundException.class, (e, ctx) ->
                    problem(ctx, 404, "Not found", e.getMessage(), null));
            config.routes.exception(UnanswerableException.class, (e, ctx) ->
                    problem(ctx, 422, "Cannot answer", e.getMessage(), null));
            config.routes.exception(ServiceUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
            config.routes.exception(SessionExpiredException.class, (e, ctx) -> unavailable(ctx, e));
            // What is left after the driver's retries (a database starting or stopping, locks that kept
            // deadlocking), and a pool that had no connection to give in time: busy, not broken.
            config.routes.exception(TransientException.class, (e, ctx) -> unavailable(ctx, e));
            config.routes.exception(ClientException.class, (e, ctx) -> {
                if (e.getMessage() != null && e.getMessage().startsWith("Unable to acquire connection")) {
                    unavailable(ctx, e);
                    return;
                }
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "Internal error", "the server could not answer; the cause is in its log", null);
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    problem(ctx, e.getStatus(), titleFor(e.getStatus()), e.getMessage(), null));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "Internal error", "the server could not answer; the cause is in its log", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, 404, "Not found", "no such resource: " + ctx.path(), null);
                }
            });
        });
    }

    public ApiServer start(int port) {
        app.start(port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public Javalin javalin() {
        return app;
    }

    @Override
    public void close() {
        app.stop();
    }

    static void problem(Context ctx, int status, String title, String detail, String parameter) {
        ctx.status(status);
        ctx.json(Problem.of(status, title, detail, ctx.path(), parameter));
        ctx.contentType(Problem.CONTENT_TYPE);
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        problem(ctx, 503, "Database unavailable", "the graph database does not answer; try again shortly", null);
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            default -> "Error";
        };
    }
}
