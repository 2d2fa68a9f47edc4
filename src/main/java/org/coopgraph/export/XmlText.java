package org.coopgraph.export;

import java.util.Locale;

/**
 * Text made safe for XML 1.0: characters it cannot hold (most controls, lone surrogates) become
 * U+FFFD; and ids made into the NMTOKENs GraphML requires.
 */
final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /**
     * An id as a GraphML NMTOKEN: ASCII letters, digits, '-', '_' and ':' stay (every slug and ISO
     * code the importer makes); any other character, '.' included, becomes {@code .HEX.} (its code
     * point), so that distinct ids stay distinct.
     */
    static String token(String id) {
        StringBuilder out = new StringBuilder(id.length());
        id.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '-' || cp == '_' || cp == ':') {
                out.appendCodePoint(cp);
            } else {
                out.append('.').append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append('.');
            }
        });
        return out.length() == 0 ? "." : out.toString();
    }

    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else {
                ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.append(s, i, i + width);
                } else {
                    out.append(REPLACEMENT);
                }
            }
            i += width - 1;
        }
        return out == null ? s : out.toString();
    }
}
