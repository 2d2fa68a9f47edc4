package org.coopgraph.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Property values to and from the JSON dump. Strings, integers, floats, booleans and lists of them
 * are plain JSON (a float always has a decimal point or exponent, so it reads back as a float);
 * temporals are one-field objects that say their type, e.g. {@code {"$datetime":
 * "2025-01-02T03:04:05.123Z"}}, {@code {"$date": "2025-01-02"}}, so they read back as the same
 * Neo4j type. Durations and points, which the model does not use, are written as text.
 */
final class JsonValues {

    static final String DATETIME = "$datetime";
    static final String DATE = "$date";
    static final String LOCAL_DATETIME = "$localdatetime";
    static final String TIME = "$time";
    static final String LOCAL_TIME = "$localtime";

    private JsonValues() {
    }

    /** A driver value as something Jackson writes: the same object, or a tagged temporal. */
    static Object toJson(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(JsonValues::toJson).toList();
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double
                || v instanceof Integer) {
            return v;
        }
        if (v instanceof ZonedDateTime z) {
            return Map.of(DATETIME, DateTimeFormatter.ISO_ZONED_DATE_TIME.format(z));
        }
        if (v instanceof OffsetDateTime o) {
            return Map.of(DATETIME, DateTimeFormatter.ISO_ZONED_DATE_TIME.format(o.toZonedDateTime()));
        }
        if (v instanceof LocalDate d) {
            return Map.of(DATE, d.toString());
        }
        if (v instanceof LocalDateTime d) {
            return Map.of(LOCAL_DATETIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d));
        }
        if (v instanceof OffsetTime t) {
            return Map.of(TIME, DateTimeFormatter.ISO_OFFSET_TIME.format(t));
        }
        if (v instanceof LocalTime t) {
            return Map.of(LOCAL_TIME, DateTimeFormatter.ISO_LOCAL_TIME.format(t));
        }
        return v.toString();
    }

    /**
     * A JSON value as a Neo4j property value; null for JSON null (nothing to store).
     *
     * @param where names the property in error messages
     * @throws InvalidDumpException when Neo4j could not store it (nested objects, lists of lists,
     *                              lists mixing types or holding nulls)
     */
    static Object fromJson(JsonNode node, String where) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new InvalidDumpException(where + ": " + node + " does not fit a 64-bit integer");
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            return list(node, where);
        }
        return temporal(node, where);
    }

    private static List<Object> list(JsonNode array, String where) {
        List<Object> out = new ArrayList<>(array.size());
        boolean longs = false;
        boolean doubles = false;
        Class<?> kind = null;
        for (JsonNode element : array) {
            if (element.isArray() || element.isNull()) {
                throw new InvalidDumpException(where + ": a list property cannot hold "
                        + (element.isNull() ? "null" : "lists"));
            }
            Object v = fromJson(element, where);
            longs |= v instanceof Long;
            doubles |= v instanceof Double;
            Class<?> k = v instanceof Long || v instanceof Double ? Number.class : v.getClass();
            if (kind != null && kind != k) {
                throw new InvalidDumpException(where + ": a list property must hold values of one type");
            }
            kind = k;
            out.add(v);
        }
        if (longs && doubles) {
            out.replaceAll(v -> ((Number) v).doubleValue());
        }
        return out;
    }

    private static Object temporal(JsonNode object, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        Map.Entry<String, JsonNode> only = fields.hasNext() ? fields.next() : null;
        if (only == null || fields.hasNext() || !only.getValue().isTextual()) {
            throw new InvalidDumpException(where + ": a property cannot hold an object (only "
                    + List.of(DATETIME, DATE, LOCAL_DATETIME, TIME, LOCAL_TIME) + " tagged values)");
        }
        String text = only.getValue().textValue();
        try {
            return switch (only.getKey()) {
                case DATETIME -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
                case DATE -> LocalDate.parse(text);
                case LOCAL_DATETIME -> LocalDateTime.parse(text);
                case TIME -> OffsetTime.parse(text);
                case LOCAL_TIME -> LocalTime.parse(text);
                default -> throw new InvalidDumpException(where + ": unknown tagged value '" + only.getKey() + "'");
            };
        } catch (DateTimeParseException e) {
            throw new InvalidDumpException(where + ": '" + text + "' is not a valid " + only.getKey().substring(1));
        }
    }
}
