package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Sentence;
import org.coopgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** One sentence with its resolved spans, and the folded text rules match on (absolute offsets). */
final class SentenceView {

    private static final Pattern PREP_BEFORE = Pattern.compile("(?:\\b(?:to|with|of|for|from|in|at|by|into|on|than"
            + "|a|au|aux|de|du|des|avec|pour|par|sur|en|chez|entre|between|aupres de|aupres du|aupres des|within|against"
            + "|de la|de l'|a la|a l')\\s+(?:the\\s+|la\\s+|le\\s+|les\\s+|l'|its\\s+|son\\s+|sa\\s+|ses\\s+)?"
            + "|\\b(?:d'|l'a |a l'|de l'|d')|\\bd'|\\b(?:au|du|aux|des)\\s+)$");

    final Sentence sentence;
    final String folded;
    final String body;
    final List<Span> spans;
    final int paragraph;

    SentenceView(Sentence sentence, String body, String folded, List<Span> spans, int paragraph) {
        this.sentence = sentence;
        this.body = body;
        this.folded = folded;
        this.spans = spans;
        this.paragraph = paragraph;
    }

    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    /** Folded text between two absolute offsets, clipped to the sentence. */
    String text(int from, int to) {
        int a = Math.max(sentence.start(), Math.min(from, sentence.end()));
        int b = Math.max(a, Math.min(to, sentence.end()));
        return folded.substring(a, b);
    }

    private static final Set<String> PREP_WORDS = Set.of("to", "with", "of", "for", "from", "in", "at", "by", "into", "on",
            "than", "a", "au", "aux", "de", "du", "des", "avec", "pour", "par", "sur", "en", "chez", "entre", "between",
            "within", "against");

    static boolean objectPosition(String folded, int sentenceStart, int start) {
        // cheap test first: the word before (or the one before an article) must be a preposition or an elision
        int from = Math.max(sentenceStart, start - 24);
        int e = start;
        while (e > from && folded.charAt(e - 1) == ' ') {
            e--;
        }
        if (e > from && folded.charAt(e - 1) == '\'') {
            return PREP_BEFORE.matcher(folded.substring(from, start)).find();
        }
        int b = e;
        while (b > from && Character.isLetter(folded.charAt(b - 1))) {
            b--;
        }
        String w = folded.substring(b, e);
        if (!PREP_WORDS.contains(w) && !ARTICLE_WORDS.contains(w)) {
            return false;
        }
        return PREP_BEFORE.matcher(folded.substring(from, start)).find();
    }

    private static final Set<String> ARTICLE_WORDS = Set.of("the", "la", "le", "les", "its", "son", "sa", "ses");

    /** The nearest span before {@code pos} that passes {@code ok}. */
    Span before(int pos, Predicate<Span> ok) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            Span s = spans.get(i);
            if (s.end() <= pos && ok.test(s)) {
                return s;
            }
        }
        return null;
    }

    /** Spans starting at or after {@code pos} and before {@code limit}. */
    List<Span> after(int pos, int limit) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() >= pos && s.start() < limit) {
                out.add(s);
            }
        }
        return out;
    }

    static final Set<EntityType> ORGS = Set.of(EntityType.Organisation, EntityType.Centre);
}
