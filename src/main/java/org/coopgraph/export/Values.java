package org.coopgraph.export;

import java.util.List;
import java.util.stream.Collectors;

/** How property values read as text in GraphML and CSV: lists joined with " | ", the rest as ISO/decimal text. */
final class Values {

    static final String LIST_SEPARATOR = " | ";

    private Values() {
    }

    /** The value as text, or null when it is absent. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::text).map(s -> s == null ? "" : s)
                    .collect(Collectors.joining(LIST_SEPARATOR));
        }
        if (value instanceof Double d) {
            return decimal(d);
        }
        return value.toString();
    }

    /** A double as xs:double reads it (INF rather than Java's Infinity). */
    static String decimal(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        return Double.toString(d);
    }
}
