package org.coopgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.coopgraph.Version;
import org.coopgraph.export.ExportFormat;
import org.coopgraph.export.ExportOptions;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Evidence;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;
import org.coopgraph.model.ReleaseMeta;
import org.coopgraph.query.Brokers;
import org.coopgraph.query.EntityDetails;
import org.coopgraph.query.EntityRef;
import org.coopgraph.query.Facts;
import org.coopgraph.query.IntelligenceReach;
import org.coopgraph.query.IntelligenceSources;
import org.coopgraph.query.Neighbourhood;
import org.coopgraph.query.Paths;
import org.coopgraph.query.Releases;
import org.coopgraph.query.Roles;
import org.coopgraph.query.Search;
import org.coopgraph.query.Source;
import org.coopgraph.query.Stats;
import org.coopgraph.query.SupportMatrix;
import org.coopgraph.query.Supporters;
import org.coopgraph.query.Timeline;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document on its own: valid OpenAPI 3, and in step with the Java it describes. */
class OpenApiDocumentTest {

    private final OpenApiContract contract = OpenApiContract.get();
    private final JsonNode doc = contract.document();

    /** Each response schema and the record Jackson writes for it. */
    static final Map<String, Class<?>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("Problem", Problem.class);
        RECORDS.put("Stats", Stats.Answer.class);
        RECORDS.put("StatsTotals", Stats.Totals.class);
        RECORDS.put("EntityRef", EntityRef.class);
        RECORDS.put("Source", Source.class);
        RECORDS.put("SearchAnswer", Search.Answer.class);
        RECORDS.put("SearchHit", Search.Hit.class);
        RECORDS.put("EntityDetails", EntityDetails.Answer.class);
        RECORDS.put("EntityFact", EntityDetails.FactView.class);
        RECORDS.put("Neighbourhood", Neighbourhood.Answer.class);
        RECORDS.put("NeighbourhoodElements", Neighbourhood.Elements.class);
        RECORDS.put("NeighbourhoodNode", Neighbourhood.Node.class);
        RECORDS.put("NeighbourhoodNodeData", Neighbourhood.NodeData.class);
        RECORDS.put("NeighbourhoodEdge", Neighbourhood.Edge.class);
        RECORDS.put("NeighbourhoodEdgeData", Neighbourhood.EdgeData.class);
        RECORDS.put("NeighbourhoodCount", Neighbourhood.Count.class);
        RECORDS.put("Timeline", Timeline.Answer.class);
        RECORDS.put("TimelineItem", Timeline.Item.class);
        RECORDS.put("Role", Roles.Role.class);
        RECORDS.put("PersonRoles", Roles.PersonRoles.class);
        RECORDS.put("OrganisationPeople", Roles.OrganisationPeople.class);
        RECORDS.put("Supporters", Supporters.Answer.class);
        RECORDS.put("Supporter", Supporters.Supporter.class);
        RECORDS.put("SupportFact", Supporters.SupportFact.class);
        RECORDS.put("SupportMatrix", SupportMatrix.Answer.class);
        RECORDS.put("SupportPair", SupportMatrix.Pair.class);
        RECORDS.put("SupportLink", SupportMatrix.Link.class);
        RECORDS.put("IntelligenceStep", IntelligenceReach.Step.class);
        RECORDS.put("IntelligenceReach", IntelligenceReach.Answer.class);
        RECORDS.put("ReachedCountry", IntelligenceReach.Reached.class);
        RECORDS.put("IntelligenceSources", IntelligenceSources.Answer.class);
        RECORDS.put("IntelligenceProvider", IntelligenceSources.Provider.class);
        RECORDS.put("Paths", Paths.Answer.class);
        RECORDS.put("Path", Paths.Path.class);
        RECORDS.put("PathHop", Paths.Hop.class);
        RECORDS.put("Brokers", Brokers.Answer.class);
        RECORDS.put("Broker", Brokers.Broker.class);
        RECORDS.put("FactPage", Facts.Answer.class);
        RECORDS.put("FactRow", Facts.FactRow.class);
        RECORDS.put("ReleasePage", Releases.Page.class);
        RECORDS.put("ReleaseSummary", Releases.Summary.class);
        RECORDS.put("ReleaseDetail", Releases.Detail.class);
        RECORDS.put("AssertedFact", Releases.Asserted.class);
        RECORDS.put("Extraction", Extraction.class);
        RECORDS.put("ReleaseMeta", ReleaseMeta.class);
        RECORDS.put("Entity", Entity.class);
        RECORDS.put("Fact", Fact.class);
        RECORDS.put("Evidence", Evidence.class);
    }

    /** Closed schemas of answers built as maps in the routes rather than as records. */
    static final Set<String> MAPS = Set.of("Health", "ImportResult", "ExportDump", "TokenList", "TokenSummary",
            "NewToken");

    @Test
    void isValidOpenApi3() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(contract.yaml(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void itsVersionIsTheBuildsVersion() {
        if (!Version.get().equals("dev")) {
            assertThat(doc.at("/info/version").asText()).as("info.version").isEqualTo(Version.get());
        }
    }

    @Test
    void everyOperationHasAnIdAndEveryApiOperationDescribesItsErrorsAsProblems() {
        Set<String> ids = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> {
            for (String m : OpenApiContract.METHODS) {
                JsonNode op = p.getValue().path(m);
                if (op.isMissingNode()) {
                    continue;
                }
                String where = m + " " + p.getKey();
                assertThat(ids.add(op.path("operationId").asText())).as(where + " has a unique operationId").isTrue();
                if (p.getKey().startsWith("/api/") && !p.getKey().startsWith("/api/docs")) {
                    assertThat(op.path("responses").has("500")).as(where + " documents 500").isTrue();
                    op.path("responses").fields().forEachRemaining(r -> {
                        if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                            JsonNode content = contract.resolve(r.getValue()).path("content");
                            if (!p.getKey().equals("/api/health")) {
                                assertThat(content.path("application/problem+json").path("schema").path("$ref").asText())
                                        .as(where + " " + r.getKey()).isEqualTo("#/components/schemas/Problem");
                            }
                        }
                    });
                }
            }
        });
    }

    @Test
    void enumsAreTheJavaEnums() {
        assertThat(texts(doc.at("/components/schemas/EntityType/enum")))
                .containsExactly(Arrays.stream(EntityType.values()).map(Enum::name).toArray(String[]::new));
        assertThat(texts(doc.at("/components/schemas/Relation/enum")))
                .containsExactly(Arrays.stream(Relation.values()).map(Enum::name).toArray(String[]::new));
        assertThat(texts(parameter("/api/export", "format").at("/schema/enum")))
                .containsExactly(Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                        .toArray(String[]::new));
        Set<String> labels = new LinkedHashSet<>();
        labels.add("Entity");
        for (EntityType t : EntityType.values()) {
            labels.addAll(t.labels());
        }
        labels.add("Release");
        assertThat(names(doc.at("/components/schemas/Stats/properties/labels/properties")))
                .containsExactlyInAnyOrderElementsOf(labels);
        List<String> relations = new ArrayList<>(Arrays.stream(Relation.values()).map(Enum::name).toList());
        relations.add("MENTIONS");
        assertThat(names(doc.at("/components/schemas/Stats/properties/relations/properties")))
                .containsExactlyInAnyOrderElementsOf(relations);
    }

    @Test
    void parameterBoundsAreTheCodesConstants() {
        for (String path : List.of("/api/entities/{id}/neighbourhood", "/api/entities/{id}/timeline", "/api/support",
                "/api/facts", "/api/releases")) {
            JsonNode limit = parameter(path, "limit").path("schema");
            assertThat(limit.path("minimum").asInt()).as(path).isEqualTo(1);
            assertThat(limit.path("maximum").asInt()).as(path).isEqualTo(Params.MAX_LIMIT);
            assertThat(limit.path("default").asInt()).as(path).isEqualTo(Params.DEFAULT_LIMIT);
        }
        assertBounds(parameter("/api/paths", "maxHops"), 1, Paths.MAX_HOPS, Paths.DEFAULT_MAX_HOPS);
        assertBounds(parameter("/api/paths", "limit"), 1, Paths.MAX_LIMIT, Paths.DEFAULT_LIMIT);
        for (String path : List.of("/api/intelligence/reach", "/api/intelligence/sources")) {
            assertBounds(parameter(path, "maxHops"), 1, IntelligenceReach.MAX_HOPS, IntelligenceReach.DEFAULT_MAX_HOPS);
        }
        assertBounds(parameter("/api/export", "depth"), 1, ExportOptions.MAX_DEPTH, ExportOptions.DEFAULT_DEPTH);
        assertBounds(parameter("/api/analytics/brokers", "limit"), 1, Params.MAX_LIMIT, 20);
        assertBounds(parameter("/api/search", "limit"), 1, 100, 10);
        assertBounds(parameter("/api/entities/{id}/neighbourhood", "depth"), 1, 2, 1);
        for (String required : List.of("/api/search q", "/api/paths from", "/api/paths to", "/api/export format",
                "/api/intelligence/reach from", "/api/intelligence/sources country")) {
            String[] pq = required.split(" ");
            assertThat(parameter(pq[0], pq[1]).path("required").asBoolean()).as(required + " is required").isTrue();
        }
    }

    @Test
    void responseSchemasHaveTheFieldsOfTheRecordsJacksonWrites() {
        JsonNode schemas = doc.at("/components/schemas");
        RECORDS.forEach((name, type) -> {
            JsonNode schema = schemas.path(name);
            assertThat(schema.isMissingNode()).as(name + " is in components.schemas").isFalse();
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as(name + " has additionalProperties: false").isTrue();
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(names(schema.path("properties"))).as(name + " properties")
                    .containsExactlyInAnyOrderElementsOf(components);
            Set<String> required = new TreeSet<>(texts(schema.path("required")));
            if (type == Problem.class) {
                assertThat(required).as("Problem: the fields it always has").containsExactlyInAnyOrder("type", "title", "status");
            } else {
                assertThat(required).as(name + ": Jackson writes every field, null or not")
                        .containsExactlyInAnyOrderElementsOf(components);
            }
            for (RecordComponent c : type.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(c.getName());
                String where = name + "." + c.getName();
                assertThat(jsonType(property)).as(where + " type").isEqualTo(expectedType(c.getType()));
                if (c.getType().isPrimitive()) {
                    assertThat(nullable(property)).as(where + " is a primitive, never null").isFalse();
                }
            }
        });
        schemas.fields().forEachRemaining(e -> {
            if (e.getValue().path("additionalProperties").isBoolean()
                    && !e.getValue().path("additionalProperties").asBoolean()) {
                assertThat(RECORDS.containsKey(e.getKey()) || MAPS.contains(e.getKey()))
                        .as(e.getKey() + " is a closed schema: map it to its record in this test").isTrue();
            }
        });
    }

    @Test
    void theCheckerAcceptsWhatTheDocumentDescribes() {
        assertThat(contract.check("GET", "/api/health", 200, "application/json",
                "{\"status\":\"ok\",\"database\":\"answers\",\"embedded\":true,\"version\":\"0.1.0\"}")).contains(List.of());
        assertThat(contract.check("GET", "/api/entities/igci/timeline", 200, "application/json; charset=utf-8", """
                {"entity":{"id":"igci","type":"Centre","name":"IGCI"},"items":[{"date":"2013","kind":"release",
                "relation":null,"direction":null,"other":null,"title":"t","properties":{},"sources":[{"id":"r",
                "title":null,"date":null,"quote":null,"method":"extracted","confidence":null}]}],"nextCursor":null}
                """)).contains(List.of());
        assertThat(contract.check("GET", "/api/entities/x", 404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"no\",\"instance\":\"/api/entities/x\"}"))
                .contains(List.of());
        assertThat(contract.check("DELETE", "/api/releases/x", 204, "", "")).contains(List.of());
        assertThat(contract.check("GET", "/api/nothing-here", 404, "application/problem+json", "{}")).isEmpty();
        assertThat(contract.check("GET", "/", 200, "text/html", "<html>")).isEmpty();
    }

    @Test
    void theCheckerRejectsWhatTheDocumentDoesNotDescribe() {
        assertProblems("GET", "/api/health", 200, "application/json",
                "{\"status\":\"ok\",\"database\":\"answers\",\"embedded\":true}", "version");
        assertProblems("GET", "/api/health", 200, "application/json",
                "{\"status\":\"ok\",\"database\":\"answers\",\"embedded\":true,\"version\":\"1\",\"extra\":1}", "extra");
        assertProblems("GET", "/api/health", 200, "application/json",
                "{\"status\":\"fine\",\"database\":\"answers\",\"embedded\":true,\"version\":\"1\"}", "status");
        assertProblems("GET", "/api/facts", 200, "application/json", "{\"facts\":[],\"nextCursor\":50}", "nextCursor");
        assertProblems("GET", "/api/facts", 200, "application/json", "{\"facts\":[]}", "nextCursor");
        assertProblems("GET", "/api/entities/igci/timeline", 200, "application/json", """
                {"entity":{"id":"igci","type":"Centre","name":"IGCI"},"items":[{"date":"13 May","kind":"release",
                "relation":null,"direction":"sideways","other":null,"title":"t","properties":{},"sources":[]}],
                "nextCursor":null}""", "date", "direction");
        assertProblems("GET", "/api/stats", 418, "application/json", "{}", "418");
        assertProblems("GET", "/api/stats", 200, "text/plain", "hello", "text/plain");
        assertProblems("GET", "/api/stats", 200, "application/json", "not json", "not JSON");
        assertProblems("DELETE", "/api/releases/x", 204, "application/json", "{}", "describes none");
        assertProblems("GET", "/api/entities/x", 404, "application/json", "{}", "application/json");
    }

    private void assertProblems(String method, String path, int status, String contentType, String body,
                                String... mentioned) {
        List<String> problems = contract.check(method, path, status, contentType, body).orElseThrow();
        assertThat(problems).as(method + " " + path + " " + body).isNotEmpty();
        for (String m : mentioned) {
            assertThat(String.join("\n", problems)).as("the problems name " + m).contains(m);
        }
    }

    private JsonNode parameter(String path, String name) {
        for (JsonNode p : doc.path("paths").path(path).path("get").path("parameters")) {
            JsonNode resolved = contract.resolve(p);
            if (resolved.path("name").asText().equals(name)) {
                return resolved;
            }
        }
        throw new AssertionError("GET " + path + " has no parameter " + name);
    }

    private static void assertBounds(JsonNode parameter, int min, int max, int def) {
        JsonNode s = parameter.path("schema");
        String name = parameter.path("name").asText();
        assertThat(s.path("minimum").asInt()).as(name + " minimum").isEqualTo(min);
        assertThat(s.path("maximum").asInt()).as(name + " maximum").isEqualTo(max);
        assertThat(s.path("default").asInt()).as(name + " default").isEqualTo(def);
    }

    /** The JSON type a schema stands for, through references and allOf. */
    private String jsonType(JsonNode schema) {
        JsonNode s = contract.resolve(schema);
        for (int i = 0; i < 10 && !s.has("type") && s.path("allOf").isArray(); i++) {
            s = contract.resolve(s.path("allOf").get(0));
        }
        return s.path("type").asText(null);
    }

    private static boolean nullable(JsonNode schema) {
        return schema.path("nullable").asBoolean(false);
    }

    private static String expectedType(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class || type.isEnum()) {
            return "string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
