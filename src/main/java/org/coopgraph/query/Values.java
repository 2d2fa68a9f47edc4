package org.coopgraph.query;

import org.neo4j.driver.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small conversions from driver values that every question needs. */
final class Values {

    private Values() {
    }

    /** A map value without its null entries (absent properties). */
    static Map<String, Object> compact(Value v) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (v != null && !v.isNull()) {
            v.asMap().forEach((k, val) -> {
                if (val != null) {
                    out.put(k, val);
                }
            });
        }
        return out;
    }

    static Double doubleOrNull(Value v) {
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
