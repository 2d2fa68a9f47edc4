package org.coopgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coopgraph.Hashes;
import org.coopgraph.model.Entity;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.ReleaseMeta;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a curated bundle: a JSON object in the dry-run shape ({@code release}, {@code entities},
 * {@code facts}) written by an analyst. Every fact becomes {@code method: curated},
 * {@code confidence: 1}. The release may carry a {@code body} (the analyst's summary), kept as
 * the Release node's text.
 */
public final class BundleReader {

    /** A bundle parsed and checked: its release, body, digest and what it asserts. */
    public record Bundle(ReleaseDocument document, Extraction extraction) {
    }

    static final String CURATED = "curated";
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    public Bundle read(String name, byte[] bytes) {
        String text = utf8(bytes);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidReleaseException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("release").isObject()) {
            throw new InvalidReleaseException("a curated bundle is a JSON object with a \"release\" object,"
                    + " \"entities\" and \"facts\" arrays");
        }
        String body = root.path("release").path("body").asText("");
        ((ObjectNode) root.get("release")).remove("body");
        Extraction raw;
        try {
            raw = JSON.treeToValue(root, Extraction.class);
        } catch (InvalidFormatException e) {
            throw new InvalidReleaseException("bad value " + e.getValue() + " at " + path(e) + expected(e));
        } catch (MismatchedInputException e) {
            throw new InvalidReleaseException("wrong type at " + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidReleaseException("cannot read the bundle: " + e.getMessage());
        }
        String sha = Hashes.sha256(bytes);
        ReleaseMeta meta = checkRelease(raw.release(), sha);
        List<Entity> entities = checkEntities(raw.entities());
        List<Fact> facts = new ArrayList<>();
        int i = 0;
        for (Fact f : raw.facts()) {
            facts.add(checkFact(f, i++));
        }
        return new Bundle(new ReleaseDocument(meta, body, sha), new Extraction(meta, entities, facts));
    }

    private static ReleaseMeta checkRelease(ReleaseMeta r, String sha) {
        if (r.title() == null || r.title().isBlank()) {
            throw new InvalidReleaseException("release.title is missing");
        }
        if (r.publishedOn() != null) {
            checkDate("release.publishedOn", r.publishedOn(), true);
        }
        String lang = r.language() == null ? "en" : r.language();
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw new InvalidReleaseException("release.language must be en or fr, not '" + lang + "'");
        }
        String id = r.id() == null || r.id().isBlank() ? "r-" + sha.substring(0, 12) : r.id().trim();
        return new ReleaseMeta(id, r.title().trim(), r.publishedOn(), lang, r.source());
    }

    private static List<Entity> checkEntities(List<Entity> entities) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (Entity e : entities) {
            String where = "entities[" + i++ + "]";
            if (e == null || e.id() == null || e.id().isBlank()) {
                throw new InvalidReleaseException(where + ".id is missing");
            }
            if (e.type() == null) {
                throw new InvalidReleaseException(where + ".type is missing (Organisation, Centre, Person,"
                        + " Country, City, Event or Agreement)");
            }
            if (e.name() == null || e.name().isBlank()) {
                throw new InvalidReleaseException(where + ".name is missing");
            }
            if (!seen.add(e.id())) {
                throw new InvalidReleaseException(where + ".id '" + e.id() + "' appears twice");
            }
        }
        return entities;
    }

    private static Fact checkFact(Fact f, int i) {
        String where = "facts[" + i + "]";
        if (f == null || f.relation() == null) {
            throw new InvalidReleaseException(where + ".relation is missing");
        }
        if (f.subject() == null || f.subject().isBlank() || f.object() == null || f.object().isBlank()) {
            throw new InvalidReleaseException(where + " needs a subject and an object (entity ids)");
        }
        if (f.since() != null) {
            checkDate(where + ".since", f.since(), false);
        }
        if (f.until() != null) {
            checkDate(where + ".until", f.until(), false);
        }
        return new Fact(f.subject(), f.relation(), f.object(), f.properties(), f.since(), f.until(),
                1.0, CURATED, f.evidence());
    }

    /** YYYY-MM-DD that exists on the calendar; partial YYYY or YYYY-MM allowed unless {@code full}. */
    static void checkDate(String field, String value, boolean full) {
        if (!PARTIAL_DATE.matcher(value).matches() || (full && value.length() != 10)) {
            throw new InvalidReleaseException(field + " must be " + (full ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD")
                    + ", not '" + value + "'");
        }
        String probe = value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01" : value;
        try {
            LocalDate.parse(probe);
        } catch (DateTimeParseException e) {
            throw new InvalidReleaseException(field + " '" + value + "' is not a calendar date");
        }
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidReleaseException("not UTF-8 text");
        }
    }


    private static String path(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "the top level" : sb.toString();
    }

    private static String expected(InvalidFormatException e) {
        Class<?> t = e.getTargetType();
        if (t != null && t.isEnum()) {
            return " (expected one of " + java.util.Arrays.toString(t.getEnumConstants()) + ")";
        }
        return t == null ? "" : " (expected " + t.getSimpleName() + ")";
    }
}
