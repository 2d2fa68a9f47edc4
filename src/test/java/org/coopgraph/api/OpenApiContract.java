package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's OpenAPI document as a test oracle: which operations it names, and whether a response
 * is one that it describes (status, content type and, for JSON, the body against the schema).
 *
 * <p>OpenAPI 3.0 schemas are not quite JSON Schema, so each response schema is translated to
 * draft 7 before validation: {@code components.schemas} become {@code definitions} (and every
 * {@code #/components/schemas/} reference follows them), {@code nullable: true} adds {@code "null"}
 * to the type (and to an enum; on a schema without a type, such as {@code allOf: [$ref]}, it
 * becomes {@code anyOf: [schema, {type: null}]}), and the OpenAPI-only keywords and formats
 * ({@code example}, {@code int32}...) are dropped.
 */
public final class OpenApiContract {

    public static final String RESOURCE = "/openapi.yaml";
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> OPENAPI_ONLY = Set.of("nullable", "example", "discriminator", "xml",
            "externalDocs", "deprecated");
    private static final Set<String> JSON_SCHEMA_FORMATS = Set.of("date-time", "date");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static volatile OpenApiContract instance;

    private final String yaml;
    private final JsonNode document;
    private final ObjectNode definitions;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String yaml) {
        this.yaml = yaml;
        try {
            this.document = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not YAML: " + e.getMessage(), e);
        }
        this.definitions = JsonNodeFactory.instance.objectNode();
        document.path("components").path("schemas").fields()
                .forEachRemaining(e -> definitions.set(e.getKey(), jsonSchema(e.getValue())));
    }

    /** The document on the class path, the one the server serves. */
    public static OpenApiContract get() {
        if (instance == null) {
            synchronized (OpenApiContract.class) {
                if (instance == null) {
                    instance = new OpenApiContract(resource());
                }
            }
        }
        return instance;
    }

    /** A contract over another text, for testing the checks themselves. */
    static OpenApiContract of(String yaml) {
        return new OpenApiContract(yaml);
    }

    public String yaml() {
        return yaml;
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation the document names, as {@code "GET /api/entities/{id}"}. */
    public Set<String> operations() {
        Set<String> out = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(p -> {
            for (String m : METHODS) {
                if (p.getValue().has(m)) {
                    out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            }
        });
        return out;
    }

    /** The path template that a raw request path (no query) falls under, literal segments first; null if none. */
    public String template(String rawPath) {
        String[] segments = rawPath.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String t = it.next();
            String[] parts = t.split("/", -1);
            if (parts.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++) {
                if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                    match = !segments[i].isEmpty();
                } else {
                    match = parts[i].equals(segments[i]);
                    literals++;
                }
            }
            if (match && literals > bestLiterals) {
                best = t;
                bestLiterals = literals;
            }
        }
        return best;
    }

    /**
     * What is wrong with a response, as readable lines (none when it conforms); empty when the
     * document does not describe the operation at all.
     *
     * @param rawPath the request's path, without the query
     */
    public Optional<List<String>> check(String method, String rawPath, int status, String contentType, String body) {
        String template = template(rawPath);
        if (template == null) {
            return Optional.empty();
        }
        String m = method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template).path(m);
        if (operation.isMissingNode()) {
            return Optional.empty();
        }
        String where = method.toUpperCase(Locale.ROOT) + " " + template + " answered " + status;
        List<String> problems = new ArrayList<>();
        JsonNode responses = operation.path("responses");
        String statusKey = responses.has(String.valueOf(status)) ? String.valueOf(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX"
                : responses.has("default") ? "default" : null;
        if (statusKey == null) {
            problems.add(where + ", a status the document does not list (it lists "
                    + iterable(responses.fieldNames()) + ")");
            return Optional.of(problems);
        }
        JsonNode response = resolve(responses.get(statusKey));
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                problems.add(where + " with a body (" + contentType + ") where the document describes none");
            }
            return Optional.of(problems);
        }
        String media = mediaType(contentType);
        String mediaKey = null;
        for (String k : iterable(content.fieldNames())) {
            if (mediaType(k).equals(media)) {
                mediaKey = k;
            }
        }
        if (mediaKey == null) {
            problems.add(where + " with content type '" + contentType + "'; the document lists "
                    + iterable(content.fieldNames()));
            return Optional.of(problems);
        }
        if (!(media.equals("application/json") || media.endsWith("+json"))) {
            return Optional.of(problems);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            problems.add(where + " with a body that is not JSON: " + e.getMessage());
            return Optional.of(problems);
        }
        JsonNode openApiSchema = content.get(mediaKey).path("schema");
        JsonSchema schema = schemas.computeIfAbsent(m + " " + template + " " + statusKey + " " + mediaKey,
                k -> compile(openApiSchema));
        for (ValidationMessage v : schema.validate(tree)) {
            problems.add(where + " (" + mediaKey + "): " + v.getMessage());
        }
        return Optional.of(problems);
    }

    /** The draft 7 JSON Schema of an OpenAPI schema, with every component schema under {@code definitions}. */
    JsonSchema compile(JsonNode openApiSchema) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("definitions", definitions.deepCopy());
        root.putArray("allOf").add(jsonSchema(openApiSchema));
        return FACTORY.getSchema(root, CONFIG);
    }

    /** Translates one OpenAPI 3.0 schema object (recursively) to draft 7. */
    static JsonNode jsonSchema(JsonNode schema) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        schema.fields().forEachRemaining(e -> {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "$ref" -> out.put(k, v.asText().replace("#/components/schemas/", "#/definitions/"));
                case "properties" -> {
                    ObjectNode props = out.putObject(k);
                    v.fields().forEachRemaining(p -> props.set(p.getKey(), jsonSchema(p.getValue())));
                }
                case "items", "not", "additionalProperties" -> out.set(k, jsonSchema(v));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode list = out.putArray(k);
                    v.forEach(s -> list.add(jsonSchema(s)));
                }
                case "format" -> {
                    if (JSON_SCHEMA_FORMATS.contains(v.asText())) {
                        out.set(k, v.deepCopy());
                    }
                }
                default -> {
                    if (!OPENAPI_ONLY.contains(k)) {
                        out.set(k, v.deepCopy());
                    }
                }
            }
        });
        if (!schema.path("nullable").asBoolean(false)) {
            return out;
        }
        if (out.path("enum").isArray()) {
            ArrayNode values = (ArrayNode) out.get("enum");
            boolean hasNull = false;
            for (JsonNode x : values) {
                hasNull |= x.isNull();
            }
            if (!hasNull) {
                values.addNull();
            }
        }
        if (out.path("type").isTextual()) {
            String type = out.get("type").asText();
            out.putArray("type").add(type).add("null");
            return out;
        }
        ObjectNode either = JsonNodeFactory.instance.objectNode();
        either.putArray("anyOf").add(out).add(JsonNodeFactory.instance.objectNode().put("type", "null"));
        return either;
    }

    /** Follows a {@code #/components/...} reference (responses, parameters, schemas). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static String resource() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
