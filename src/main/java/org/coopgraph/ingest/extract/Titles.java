package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * English canonical forms of common role titles, from a small bilingual lexicon
 * ({@code reference/titles.csv}, French forms folded), so that "Secrétaire général" and
 * "Secretary General" name one role. Coordinated titles ("fondateur et PDG") are canonicalised
 * part by part; "deputy X" and "X adjoint" keep their deputy. Unknown titles stay as stated.
 */
public final class Titles {

    private static final Map<String, String> CANONICAL = load();
    private static final Pattern COORD = Pattern.compile(" (?:and|et) ");

    private Titles() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Titles.class.getResourceAsStream("/reference/titles.csv")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int c = line.lastIndexOf(',');
                if (c > 0) {
                    m.put(Normalise.key(line.substring(0, c)), line.substring(c + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /** The English canonical title for {@code stated}, or {@code stated} itself when it is not a common one. */
    public static String canonical(String stated) {
        String c = lookup(Normalise.key(stated));
        return c != null ? c : stated;
    }

    /** The canonical title for a folded key, or null. */
    static String lookup(String key) {
        if (key.isEmpty()) {
            return null;
        }
        String c = one(key);
        if (c != null) {
            return c;
        }
        String[] parts = COORD.split(key);
        if (parts.length > 1) {
            StringBuilder b = new StringBuilder();
            for (String p : parts) {
                String pc = one(p.strip());
                if (pc == null) {
                    return null;
                }
                if (b.length() > 0) {
                    b.append(" and ");
                }
                b.append(pc);
            }
            return b.toString();
        }
        return null;
    }

    private static String one(String k) {
        String c = CANONICAL.get(k);
        if (c != null) {
            return c;
        }
        if (k.startsWith("deputy ")) {
            c = CANONICAL.get(k.substring(7));
            return c == null ? null : "Deputy " + c;
        }
        for (String suffix : new String[] {" adjoint", " adjointe"}) {
            if (k.endsWith(suffix)) {
                c = CANONICAL.get(k.substring(0, k.length() - suffix.length()));
                return c == null ? null : "Deputy " + c;
            }
        }
        return null;
    }
}
