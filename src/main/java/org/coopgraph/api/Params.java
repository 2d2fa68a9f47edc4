package org.coopgraph.api;

import io.javalin.http.Context;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;
import org.coopgraph.query.BadParameterException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks query parameters; anything malformed becomes a 400 that names the parameter. */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,199}");
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private Params() {
    }

    static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new BadParameterException(name, "the query parameter '" + name + "' is required");
        }
        return v.trim();
    }

    static String optional(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** An entity id, from the path or a query parameter; ids are slugs or ISO codes. */
    static String id(String name, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new BadParameterException(name, "'" + name + "' must be an entity id (letters, digits, . _ : -)");
        }
        return value;
    }

    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String v = optional(ctx, name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadParameterException(name, "'" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + name + "' must be a whole number between " + min + " and " + max);
        }
    }

    static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** true or false; false when absent. */
    static boolean flag(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadParameterException(name, "'" + name + "' must be true or false");
    }

    /** A number between 0 and 1, or null when absent. */
    static Double probability(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new BadParameterException(name, "'" + name + "' must be a number between 0 and 1");
    }

    /** An organisation kind: lower-case words joined by underscores. */
    static String kind(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v != null && !v.matches("[a-z_]{1,60}")) {
            throw new BadParameterException(name, "'" + name + "' must be a kind such as company or police_agency");
        }
        return v;
    }

    /** An offset cursor, as returned in {@code nextCursor}; 0 when absent. */
    static int cursor(Context ctx) {
        String v = optional(ctx, "cursor");
        if (v == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new BadParameterException("cursor", "'cursor' must be a nextCursor value from a previous page");
    }

    /** A calendar date YYYY-MM-DD, or null when absent. */
    static String date(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be a date YYYY-MM-DD, not '" + abbreviate(v) + "'");
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD (fact dates are often only a year), or null when absent. */
    static String partialDate(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null) {
            return null;
        }
        String probe = v.length() == 4 ? v + "-01-01" : v.length() == 7 ? v + "-01" : v;
        try {
            if (!PARTIAL_DATE.matcher(v).matches()) {
                throw new DateTimeParseException("", v, 0);
            }
            LocalDate.parse(probe);
            return v;
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be YYYY, YYYY-MM or YYYY-MM-DD, not '"
                    + abbreviate(v) + "'");
        }
    }

    static EntityType entityType(Context ctx, String name) {
        String v = optional(ctx, name);
        if (v == null) {
            return null;
        }
        EntityType t = EntityType.parse(v);
        if (t == null) {
            throw new BadParameterException(name, "'" + name + "' must be one of " + List.of(EntityType.values()));
        }
        return t;
    }

    static List<EntityType> entityTypes(Context ctx, String name) {
        List<EntityType> out = new ArrayList<>();
        for (String v : list(ctx, name)) {
            EntityType t = EntityType.parse(v);
            if (t == null) {
                throw new BadParameterException(name, "'" + name + "' takes types among " + List.of(EntityType.values())
                        + ", not '" + abbreviate(v) + "'");
            }
            out.add(t);
        }
        return out;
    }

    static List<Relation> relations(Context ctx, String name) {
        List<Relation> out = new ArrayList<>();
        for (String v : list(ctx, name)) {
            Relation r = Relation.parse(v);
            if (r == null) {
                throw new BadParameterException(name, "'" + name + "' takes relations among "
                        + List.of(Relation.values()) + ", not '" + abbreviate(v) + "'");
            }
            out.add(r);
        }
        return out;
    }

    /** Comma-separated values, also accepted as repeated parameters. */
    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
