package org.coopgraph.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a body into sentences without breaking on honorifics ("M.", "Mr.", "Dr."), company
 * abbreviations ("Inc.", "Co."), initials ("Ronald K. Noble", "B.C.N.") or numbers ("1.5").
 * Blank lines always end a sentence; a single line break ends one after terminal punctuation or
 * before a list item or a heading.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mr", "mrs", "ms", "mme", "mmes", "mlle",
            "dr", "prof", "pr", "inc", "co", "corp", "ltd", "st", "ste", "jr", "sr", "no", "nos", "vs", "etc",
            "gen", "col", "lt", "sgt", "capt", "cmdr", "rev", "hon", "dept", "av", "ave", "approx", "fig",
            "pp", "vol", "cf", "env", "mgr", "e.g", "i.e", "u.s", "u.k", "s.a", "d.c");

    private Sentences() {
    }

    public static List<Sentence> split(String body) {
        List<Sentence> out = new ArrayList<>();
        int n = body.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                while (j < n && (body.charAt(j) == ' ' || body.charAt(j) == '\t' || body.charAt(j) == '\r')) {
                    j++;
                }
                boolean blank = j < n && body.charAt(j) == '\n';
                boolean item = j < n && isItemStart(body, j);
                char prev = lastNonSpace(body, start, i);
                boolean terminal = prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == '»'
                        || prev == '"' || prev == '\u201D';
                if (blank || item || terminal || j >= n) {
                    add(out, body, start, i);
                    start = j;
                    i = j - 1;
                }
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && (body.charAt(j) == '"' || body.charAt(j) == '\u201D' || body.charAt(j) == '»'
                        || body.charAt(j) == ')' || body.charAt(j) == '\u2019')) {
                    j++;
                }
                if (j >= n) {
                    break;
                }
                if (!Character.isWhitespace(body.charAt(j))) {
                    continue;
                }
                int k = j;
                while (k < n && Character.isWhitespace(body.charAt(k)) && body.charAt(k) != '\n') {
                    k++;
                }
                if (k >= n || body.charAt(k) == '\n') {
                    continue; // the line break decides
                }
                char next = body.charAt(k);
                boolean opener = Character.isUpperCase(next) || Character.isDigit(next) || next == '"'
                        || next == '\u201C' || next == '«' || next == '(' || next == '\u2018';
                if (!opener) {
                    continue;
                }
                if (c == '.' && isAbbreviation(body, start, i)) {
                    continue;
                }
                add(out, body, start, j);
                start = k;
                i = k - 1;
            }
        }
        add(out, body, start, n);
        return out;
    }

    private static boolean isItemStart(String s, int j) {
        char c = s.charAt(j);
        if (c == '-' || c == '*' || c == '•' || c == '#' || c == '\u2013') {
            return true;
        }
        int k = j;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k > j && k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')');
    }

    private static char lastNonSpace(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    /** Is the word ending at the period at {@code dot} an abbreviation or an initial? */
    private static boolean isAbbreviation(String s, int from, int dot) {
        int b = dot;
        while (b > from && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        String word = s.substring(b, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // initial: "Ronald K. Noble"
        }
        if (word.indexOf('.') >= 0 && word.length() <= 6) {
            return true; // "B.C.N", "U.S"
        }
        return ABBREVIATIONS.contains(Normalise.key(word).replace(" ", "."))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(List<Sentence> out, String body, int s, int e) {
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), s, e, body.substring(s, e)));
        }
    }
}
