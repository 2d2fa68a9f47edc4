package org.coopgraph.ingest.text;

import java.text.Normalizer;

/**
 * Folding for matching: accents, case, typographic punctuation. {@link #key} builds a compact
 * matching key; {@link #fold} keeps the length of its input so that offsets found in the folded
 * text point into the original.
 */
public final class Normalise {

    private static final char[] FOLD = new char[0x2100];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = computeFold((char) c);
        }
    }

    private Normalise() {
    }

    /** Accent-, case- and punctuation-folded key: "l’Équipe  (Paris)" -> "l equipe paris". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = s;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK) {
                t = Normalizer.normalize(s, Normalizer.Form.NFC); // decomposed accents: compose them first
                break;
            }
        }
        // one pass: fold, drop marks, runs of anything but letters and digits to one space, trimmed
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = foldChar(t.charAt(i));
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER || Character.isSurrogate(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /**
     * Same-length fold: lower case, accents removed, curly quotes to ' and ", dashes to -, every
     * space-like character to a plain space.
     */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    public static char foldChar(char c) {
        return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }

    private static char computeFold(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '`', '\u00B4' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> {
                return '"';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> {
                return '-';
            }
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\t' -> {
                return ' ';
            }
            case '\u0153', '\u0152' -> {
                return 'o';
            }
            case '\u00E6', '\u00C6' -> {
                return 'a';
            }
            case '\u00DF' -> {
                return 's';
            }
            case '\u00F8', '\u00D8' -> {
                return 'o';
            }
            case '\u0142', '\u0141' -> {
                return 'l';
            }
            case '\u0111', '\u0110' -> {
                return 'd';
            }
            default -> {
            }
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (d.length() > 1 && Character.getType(d.charAt(1)) == Character.NON_SPACING_MARK) {
            return Character.toLowerCase(base);
        }
        return Character.toLowerCase(c);
    }
}
