package org.coopgraph.query;

import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One release that states a fact, with the words it used. */
public record Source(String id, String title, String date, String quote, String method, Double confidence) {

    /** A release's title and date, as cited. */
    record Release(String title, String date) {
    }

    private static final ThreadLocal<Map<String, Release>> RELEASES = ThreadLocal.withInitial(Map::of);

    /** Maps records with the cited releases at hand (see {@link Cyphers#read}). */
    static <T> T withReleases(Map<String, Release> releases, Supplier<T> mapping) {
        RELEASES.set(releases);
        try {
            return mapping.get();
        } finally {
            RELEASES.remove();
        }
    }

    /** Reads the list the {@link Cyphers#sources} expression returns. */
    static List<Source> list(Value v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        Map<String, Release> releases = RELEASES.get();
        return v.asList(s -> {
            String id = s.get("id").asString(null);
            Release r = releases.getOrDefault(id, new Release(null, null));
            return new Source(id, r.title(), r.date(), blankToNull(s.get("quote").asString(null)),
                    s.get("method").asString(null), s.get("confidence").isNull() ? null : s.get("confidence").asDouble());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
