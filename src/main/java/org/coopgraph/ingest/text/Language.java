package org.coopgraph.ingest.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English or French, from stop words. */
public final class Language {

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with",
            "will", "its", "has", "have", "this", "said", "from", "by", "on", "are", "which", "was", "be",
            "their", "it", "an", "as");
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un",
            "pour", "dans", "qui", "que", "sur", "avec", "par", "au", "aux", "ses", "son", "sa", "ont",
            "cette", "ce", "il", "elle", "de", "d", "l", "qu", "ne", "pas");

    private Language() {
    }

    /** "en" or "fr"; "en" when nothing tells them apart. */
    public static String detect(String text) {
        String t = Normalise.fold(text.length() > 20000 ? text.substring(0, 20000) : text);
        Matcher m = WORD.matcher(t);
        int en = 0;
        int fr = 0;
        while (m.find()) {
            String w = m.group();
            if (EN.contains(w)) {
                en++;
            }
            if (FR.contains(w)) {
                fr++;
            }
        }
        return fr > en ? "fr" : "en";
    }
}
