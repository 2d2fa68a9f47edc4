package org.coopgraph.ingest.read;

import org.coopgraph.ingest.InvalidReleaseException;
import org.coopgraph.ingest.text.Dates;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a plain-text or Markdown release into its optional {@code key: value} header and its body. */
final class TextRelease {

    static final Set<String> KEYS = Set.of("id", "title", "date", "language", "source");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z_-]*)[ \\t]*:[ \\t]*(.*)$");

    /** The header fields (lower-case keys) and the body that follows them. */
    record Parts(Map<String, String> header, String body) {
    }

    private TextRelease() {
    }

    static Parts split(String text) {
        int blank = text.indexOf("\n\n");
        if (blank > 0) {
            String[] lines = text.substring(0, blank).split("\n", -1);
            Map<String, String> header = new LinkedHashMap<>();
            boolean ok = true;
            for (String line : lines) {
                Matcher m = HEADER_LINE.matcher(line.strip());
                if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    ok = false;
                    break;
                }
                header.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            }
            if (ok && !header.isEmpty()) {
                return new Parts(header, text.substring(blank + 2));
            }
        }
        return new Parts(Map.of(), text);
    }

    /** A header date, checked: YYYY-MM-DD and a real day. */
    static String headerDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (Dates.iso(value.strip()) == null) {
            throw new InvalidReleaseException("bad date in header: '" + value.strip() + "' (expected YYYY-MM-DD)");
        }
        return value.strip();
    }

    static String headerLanguage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("en") && !v.equals("fr")) {
            throw new InvalidReleaseException("unsupported language in header: '" + value.strip() + "' (expected en or fr)");
        }
        return v;
    }

    /** The first non-empty line, without Markdown heading marks or emphasis. */
    static String firstLine(String body) {
        for (String line : body.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                t = t.replaceFirst("^#+\\s*", "").replaceAll("^[*_]+|[*_]+$", "").strip();
                if (!t.isEmpty()) {
                    return t.length() > 300 ? t.substring(0, 300) : t;
                }
            }
        }
        return null;
    }
}
