package org.coopgraph.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The expected facts of one release, in the team corpus format ({@code NAME.expected.json}, see
 * src/test/resources/releases/README.md): what the generator writes beside each release and what
 * {@link Scorer} compares an extraction with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"language", "publishedOn", "title", "entities", "facts", "absent"})
public record ExpectedFacts(String language, String publishedOn, String title, List<ExpectedEntity> entities,
                            List<ExpectedFact> facts, List<ExpectedFact> absent) {

    public ExpectedFacts {
        entities = entities == null ? List.of() : List.copyOf(entities);
        facts = facts == null ? List.of() : List.copyOf(facts);
        absent = absent == null ? List.of() : List.copyOf(absent);
    }

    /** An entity the release names: {@code type} is an EntityType name, {@code kind} for organisations. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "type", "kind"})
    public record ExpectedEntity(String name, String type, String kind) {
    }

    /**
     * A fact, or (in {@code absent}) a fact that must not be extracted. "*", "*event*" and
     * "*agreement*" stand for any entity, any Event, any Agreement.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"subject", "relation", "object", "title", "role", "scope", "kind", "since", "until", "past"})
    public record ExpectedFact(String subject, String relation, String object, String title, String role, String scope,
                               String kind, String since, String until, Boolean past) {

        public static ExpectedFact of(String subject, String relation, String object) {
            return new ExpectedFact(subject, relation, object, null, null, null, null, null, null, null);
        }

        public ExpectedFact withTitle(String t) {
            return new ExpectedFact(subject, relation, object, t, role, scope, kind, since, until, past);
        }

        public ExpectedFact withRole(String r) {
            return new ExpectedFact(subject, relation, object, title, r, scope, kind, since, until, past);
        }

        public ExpectedFact withScope(String s) {
            return new ExpectedFact(subject, relation, object, title, role, s, kind, since, until, past);
        }

        public ExpectedFact withSince(String s) {
            return new ExpectedFact(subject, relation, object, title, role, scope, kind, s, until, past);
        }

        public ExpectedFact asPast(String untilYear) {
            return new ExpectedFact(subject, relation, object, title, role, scope, kind, since, untilYear, true);
        }

        /** The narrowing property of this entry ("role", "scope", "kind"), or null. */
        public String property(String name) {
            return switch (name) {
                case "role" -> role;
                case "scope" -> scope;
                case "kind" -> kind;
                default -> null;
            };
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter PRETTY;

    static {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        pp.indentObjectsWith(lf);
        pp.indentArraysWith(lf);
        PRETTY = JSON.writer(pp);
    }

    /** Reads a {@code NAME.expected.json}, the team's or a generated one. */
    public static ExpectedFacts read(Path file) {
        try {
            return JSON.readValue(file.toFile(), ExpectedFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON text, indented with two spaces and \n line ends whatever the platform. */
    public String toJson() {
        try {
            return PRETTY.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the expected facts of a release file live: beside it, NAME.expected.json. */
    public static Path fileFor(Path release) {
        String n = release.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return release.resolveSibling((dot < 0 ? n : n.substring(0, dot)) + ".expected.json");
    }
}
