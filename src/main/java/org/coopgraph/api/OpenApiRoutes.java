package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The API's description: the hand-written {@code openapi.yaml} as it is at {@code /openapi.yaml},
 * the same as JSON at {@code /openapi.json}, and a Swagger UI page of it at {@code /api/docs}.
 *
 * <p>The page loads Swagger UI from its WebJar (no CDN) and starts it from {@code /api/docs/init.js}
 * rather than an inline script, so that it runs under a Content-Security-Policy without
 * {@code 'unsafe-inline'} scripts.
 */
final class OpenApiRoutes {

    static final String YAML_RESOURCE = "/openapi.yaml";
    static final String YAML_CONTENT_TYPE = "application/yaml";
    private static final String SWAGGER_UI_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String yaml;
    private final String json;
    private final String page;
    private final String script;

    OpenApiRoutes() {
        this.yaml = resource(YAML_RESOURCE);
        try {
            JsonNode document = new YAMLMapper().readTree(yaml);
            this.json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException(YAML_RESOURCE + " is not valid YAML: " + e.getMessage(), e);
        }
        String ui = "/webjars/swagger-ui/" + swaggerUiVersion();
        this.page = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>coopgraph API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                  <link rel="icon" type="image/png" href="%1$s/favicon-32x32.png" sizes="32x32">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script src="/api/docs/init.js"></script>
                </body>
                </html>
                """.formatted(ui);
        this.script = """
                window.addEventListener('load', function () {
                  window.ui = SwaggerUIBundle({
                    url: '/openapi.json',
                    dom_id: '#swagger-ui',
                    deepLinking: true,
                    presets: [SwaggerUIBundle.presets.apis],
                    layout: 'BaseLayout'
                  });
                });
                """;
    }

    void register(RoutesConfig routes) {
        routes.get("/openapi.yaml", ctx -> ctx.contentType(YAML_CONTENT_TYPE).result(yaml));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(json));
        routes.get("/api/docs", ctx -> ctx.html(page));
        routes.get("/api/docs/init.js", ctx -> ctx.contentType("text/javascript").result(script));
    }

    /** The Swagger UI WebJar's version, from its Maven metadata, so that the page follows the pom. */
    static String swaggerUiVersion() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(SWAGGER_UI_POM)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
