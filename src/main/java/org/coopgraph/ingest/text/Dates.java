package org.coopgraph.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in English or French: "20 mars 2013", "1er avril 2015",
 * "30 September 2014", "February 23, 2024", "2014-09-30", ranges "du 17 au 19 avril 2013",
 * "15-19 August 2014", "30 September - 2 October 2014", and month-year "April 2014".
 * Matching runs on {@link Normalise#fold} text, so offsets point into the original.
 */
public final class Dates {

    /** A date or date range found in a text; {@code to} equals {@code from} for a single day. */
    public record DateSpan(int start, int end, String from, String to) {
        public boolean isRange() {
            return !from.equals(to);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("janvier", 1), Map.entry("janv", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juin", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("aout", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octobre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("decembre", 12));

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|janv|fevr|fev|avr|juil)\\.?";
    private static final String DAY = "(1er|1re|\\d{1,2})(?:st|nd|rd|th|e|eme)?";
    private static final String SEP = "\\s*(?:-|au|to|through|until|and|et|/)\\s*";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** 30 september - 2 october 2014 (cross-month range). */
    private static final Pattern DMY_DMY = Pattern.compile("\\b(?:du\\s+|from\\s+)?" + DAY + "\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?" + SEP + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    /** (du) 17 (au 19) avril 2013. */
    private static final Pattern DMY = Pattern.compile("\\b(?:du\\s+|from\\s+)?" + DAY + "(?:" + SEP + DAY + ")?\\s+(?:of\\s+)?"
            + MONTH + ",?\\s+(\\d{4})\\b");
    /** February 23(-25), 2024 or February 23 2024. */
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:" + SEP + DAY + ")?,?\\s+(\\d{4})\\b");
    /** April 2014 / avril 2014. */
    private static final Pattern MY = Pattern.compile("\\b" + MONTH + "\\s+(?:of\\s+)?(\\d{4})\\b");

    private Dates() {
    }

    /** Every date in the text, in order, without overlaps; month-year forms only when asked. */
    public static List<DateSpan> find(String text, boolean withMonthYear) {
        String f = Normalise.fold(text);
        List<DateSpan> out = new ArrayList<>();
        boolean[] used = new boolean[f.length() + 1];
        Matcher m = DMY_DMY.matcher(f);
        while (m.find()) {
            String year = m.group(6);
            LocalDate b = date(m.group(3) != null ? m.group(3) : year, m.group(2), m.group(1));
            LocalDate e = date(year, m.group(5), m.group(4));
            add(out, used, m, b, e);
        }
        m = DMY.matcher(f);
        while (m.find()) {
            if (used[m.start()]) {
                continue;
            }
            LocalDate b = date(m.group(4), m.group(3), m.group(1));
            LocalDate e = m.group(2) == null ? b : date(m.group(4), m.group(3), m.group(2));
            add(out, used, m, b, e);
        }
        m = MDY.matcher(f);
        while (m.find()) {
            if (used[m.start()]) {
                continue;
            }
            LocalDate b = date(m.group(4), m.group(1), m.group(2));
            LocalDate e = m.group(3) == null ? b : date(m.group(4), m.group(1), m.group(3));
            add(out, used, m, b, e);
        }
        m = ISO.matcher(f);
        while (m.find()) {
            if (used[m.start()]) {
                continue;
            }
            LocalDate b = iso(m.group());
            add(out, used, m, b, b);
        }
        if (withMonthYear) {
            m = MY.matcher(f);
            while (m.find()) {
                if (used[m.start()] || used[m.end() - 1]) {
                    continue;
                }
                Integer mo = MONTHS.get(m.group(1));
                int y = Integer.parseInt(m.group(2));
                if (mo != null && y > 1900 && y < 2200) {
                    String ym = String.format("%04d-%02d", y, mo);
                    out.add(new DateSpan(m.start(), m.end(), ym, ym));
                    mark(used, m.start(), m.end());
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The first full calendar date within the first {@code limit} characters. */
    public static Optional<String> first(String text, int limit) {
        String head = text.length() > limit ? text.substring(0, limit) : text;
        for (DateSpan d : find(head, false)) {
            return Optional.of(d.from());
        }
        return Optional.empty();
    }

    /** Strict YYYY-MM-DD, or null when it is not a real date. */
    public static LocalDate iso(String s) {
        if (s == null || !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                    Integer.parseInt(s.substring(8, 10)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A relative day word ("today", "yesterday", "aujourd'hui", "hier", "demain") against a date. */
    public static Optional<String> relative(String word, String releaseDate) {
        LocalDate d = iso(releaseDate);
        if (d == null || word == null) {
            return Optional.empty();
        }
        String k = Normalise.key(word);
        return switch (k) {
            case "today", "aujourd hui", "this morning", "ce matin" -> Optional.of(d.toString());
            case "yesterday", "hier" -> Optional.of(d.minusDays(1).toString());
            case "tomorrow", "demain" -> Optional.of(d.plusDays(1).toString());
            default -> Optional.empty();
        };
    }

    private static void add(List<DateSpan> out, boolean[] used, Matcher m, LocalDate b, LocalDate e) {
        if (b == null || e == null || e.isBefore(b)) {
            return;
        }
        out.add(new DateSpan(m.start(), m.end(), b.toString(), e.toString()));
        mark(used, m.start(), m.end());
    }

    private static void mark(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) {
            used[i] = true;
        }
    }

    private static LocalDate date(String year, String month, String day) {
        if (year == null || month == null || day == null) {
            return null;
        }
        Integer mo = MONTHS.get(month);
        if (mo == null) {
            return null;
        }
        String d = day.startsWith("1r") || day.startsWith("1e") ? "1" : day;
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2199) {
                return null;
            }
            return LocalDate.of(y, mo, Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
