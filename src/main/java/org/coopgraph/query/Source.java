package org.coopgraph.query;

import org.neo4j.driver.Value;

import java.util.List;

/** One release that states a fact, with the words it used. */
public record Source(String id, String title, String date, String quote, String method, Double confidence) {

    /** Reads the list the {@link Cyphers#SOURCES} expression returns. */
    static List<Source> list(Value v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        return v.asList(s -> new Source(
                s.get("id").asString(null),
                s.get("release").get("title").asString(null),
                s.get("release").get("date").asString(null),
                blankToNull(s.get("quote").asString(null)),
                s.get("method").asString(null),
                s.get("confidence").isNull() ? null : s.get("confidence").asDouble()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
