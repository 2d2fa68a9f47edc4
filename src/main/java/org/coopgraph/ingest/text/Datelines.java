package org.coopgraph.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place line that opens a release: "MOSCOU (Russie) –", "LYON, France –", "SINGAPORE –",
 * "The Hague, 12 March 2014 –". It says where the release was issued, not where anyone is.
 */
public final class Datelines {

    /** The dateline's city and optional country as written, and the offsets of the whole line. */
    public record Dateline(String city, String country, int start, int end, int cityStart, int cityEnd) {
    }

    private static final String UPPER_CITY = "\\p{Lu}[\\p{Lu}'’ .\\-]{1,40}?";
    private static final String TITLE_CITY = "\\p{Lu}[\\p{L}'’.\\-]+(?: [\\p{Lu}][\\p{L}'’.\\-]+){0,3}";
    private static final String TAIL = "(?:\\s*\\(([^()\\n]{2,40})\\)|,\\s*(\\p{Lu}[\\p{L} .\\-]{1,40}?))?"
            + "(?:,?\\s*(?:\\p{L}+\\s+)?\\d{1,2}(?:er|st|nd|rd|th)?\\s+\\p{L}+\\.?,?\\s+\\d{4}|,?\\s*\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})?"
            + "\\s*[–—\\-]{1,2}\\s+";
    private static final Pattern UPPER = Pattern.compile("(?m)^[ \\t]*(" + UPPER_CITY + ")" + TAIL);
    private static final Pattern TITLED = Pattern.compile("(?m)^[ \\t]*(" + TITLE_CITY + ")" + TAIL);

    private Datelines() {
    }

    /** Looks for a dateline at the start of one of the body's first paragraphs (first 800 chars). */
    public static Optional<Dateline> find(String body) {
        String head = body.length() > 800 ? body.substring(0, 800) : body;
        Matcher m = UPPER.matcher(head);
        while (m.find()) {
            String city = m.group(1).trim();
            if (city.length() >= 3 && city.equals(city.toUpperCase(java.util.Locale.ROOT))
                    && city.chars().filter(Character::isLetter).count() >= 3) {
                return Optional.of(make(m, city));
            }
        }
        m = TITLED.matcher(head);
        while (m.find()) {
            String city = m.group(1).trim();
            // a titled city needs a country or a date before the dash to be told from a sentence
            if (m.group(2) != null || m.group(3) != null || m.group().matches("(?s).*\\d{4}.*")) {
                if (city.split(" ").length <= 3) {
                    return Optional.of(make(m, city));
                }
            }
        }
        return Optional.empty();
    }

    private static Dateline make(Matcher m, String city) {
        String country = m.group(2) != null ? m.group(2).trim() : m.group(3) != null ? m.group(3).trim() : null;
        return new Dateline(pretty(city), country, m.start(1), m.end(), m.start(1), m.start(1) + city.length());
    }

    /** "MOSCOU" -> "Moscou", "THE HAGUE" -> "The Hague", "SAINT-PÉTERSBOURG" -> "Saint-Pétersbourg". */
    public static String pretty(String city) {
        if (!city.equals(city.toUpperCase(java.util.Locale.ROOT))) {
            return city;
        }
        StringBuilder b = new StringBuilder(city.length());
        boolean start = true;
        for (char c : city.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
