package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names in a release: acronyms defined in parentheses, people after honorifics or
 * beside titles, gazetteer names, organisations and centres from their head words, named events,
 * later short forms of names seen earlier, and anaphors. Stateless apart from the gazetteer.
 */
final class MentionFinder {

    private static final Pattern ACRONYM = Pattern.compile("\\(([\\p{Lu}][\\p{L}\\d&\\-.]{1,11})\\)");
    private static final Pattern TITLE_BEFORE = Pattern.compile(Lexicon.TITLE + "\\s*,?\\s*$");
    private static final Pattern AS_TITLE_AFTER = Pattern.compile("^\\s+(?:as|comme|au poste de|en tant que)\\s+(?:the\\s+)?"
            + Lexicon.TITLE + "\\b");
    private static final Pattern TITLE_AFTER = Pattern.compile("^\\s*[,\\-]\\s*(?:(?:the|le|la|l'|its|son|sa)\\s+)?(?:"
            + Lexicon.PAST + "\\s+)?(?:[\\p{L}'-]+\\s+){0,3}?" + Lexicon.TITLE + "\\b");
    private static final Pattern TITLE_OF_ORG_BEFORE = Pattern.compile(Lexicon.TITLE + "\\s+(?:of|at|de|du|d'|de la|de l')\\s*"
            + "(?:the\\s+)?[^,;.]{1,60},\\s*$");
    private static final Pattern SAID_AFTER = Pattern.compile("^\\s*(?:said|says|told|added|explained|stated|noted|"
            + "commented|welcomed|met|also|has|will|a declare|a ajoute|a souligne|a precise|a explique|declare|"
            + "a rencontre|a indique|a affirme|addressed|spoke|opened|delivered|presented)\\b|^\\s*,\\s*(?:also\\s+)?(?:said|told|added|addressed|spoke|opened|delivered"
            + "|presented|welcomed|explained|noted|a declare|a ajoute|a souligne|a precise|a explique|a presente|a ouvert"
            + "|est intervenue?|a prononce)\\b");
    private static final Pattern SAID_BEFORE = Pattern.compile("(?:said|says|added|explained|a declare|a ajoute|a souligne"
            + "|succeeds|succeeded|replaces|succede a|remplace"
            + "|a precise|a explique|declare|ajoute|met|rencontre|met with)\\s*:?\\s*$");
    private static final Pattern ANAPHORS = Pattern.compile("\\b(?<intl>the (?:world |global )?organi[sz]ation|l'organisation"
            + "(?: mondiale de police)?|the world police body|the global police body|the world police organi[sz]ation)\\b"
            + "|\\b(?<centre>the (?:new |future )?(?:centre|center|complex|facility|laboratory|unit)|le (?:nouveau |futur )?"
            + "(?:centre|complexe|laboratoire)|ce (?:centre|complexe|laboratoire)(?: mondial)?|le complexe mondial|celui-ci)\\b"
            + "|\\b(?<company>the company|the firm|the vendor|la societe|l'entreprise|cette societe|the group|l'editeur)\\b"
            + "|\\b(?<event>(?:the|la|le|this|cette|ce|a|an|une|un) (?:opening |signing |closing |official |annual |inauguration "
            + "|one-day |two-day |three-day |regional |farewell )?"
            + "(?:ceremony|conference|meeting|summit|event|ceremonie|conference|reunion|sommet|evenement|rencontre|workshop"
            + "|seminar|atelier|seminaire|inauguration|ceremonie d'inauguration|ceremonie d'ouverture|ceremonie d'adieu)"
            + "|l'(?:atelier|evenement|inauguration))\\b"
            + "|\\b(?<orghead>the (?:agency|office|bureau|directorate|ministry|police force)|l'(?:agence|office)|cette agence"
            + "|la direction|le bureau)\\b");
    private static final java.util.Set<String> SAID_WORDS = Lexicon.set("said", "says", "added", "explained", "declare",
            "ajoute", "souligne", "precise", "explique", "met", "rencontre", "with", "succeeds", "succeeded", "replaces", "a",
            "remplace");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(?:st|nd|rd|th|e|eme|er|re|ere)");

    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(String body, String folded, List<Token> toks) {
        Mentions ms = new Mentions();
        acronyms(body, folded, toks, ms);
        honorificPersons(body, toks, ms);
        known(body, toks, ms);
        discovered(body, folded, toks, ms);
        unitsByApposition(body, folded, toks, ms);
        events(body, folded, toks, ms);
        titledPersons(body, folded, toks, ms);
        local(body, toks, ms);
        cities(body, folded, toks, ms);
        anaphors(body, folded, toks, ms);
        return ms.sorted();
    }

    // ---- acronyms defined in parentheses ---------------------------------------------------------

    private void acronyms(String body, String folded, List<Token> toks, Mentions ms) {
        Matcher m = ACRONYM.matcher(body);
        while (m.find()) {
            String acr = m.group(1);
            String letters = acr.replaceAll("[^\\p{Lu}]", "");
            if (letters.length() < 2) {
                continue;
            }
            int k = lastTokenBefore(toks, m.start());
            if (k < 0 || !body.substring(toks.get(k).end(), m.start()).isBlank()) {
                continue;
            }
            int best = -1;
            for (int j = k; j >= Math.max(0, k - 18); j--) {
                if (j < k && !nameGap(body, toks.get(j), toks.get(j + 1), true)) {
                    break;
                }
                Token t = toks.get(j);
                if ((t.cap() || t.upper()) && Character.toLowerCase(letters.charAt(0)) == t.f().charAt(0)
                        && initialsMatch(letters, toks, j, k, body)) {
                    best = j;
                    break;
                }
            }
            if (best < 0) {
                for (int j = k - 1; j >= Math.max(0, k - 12); j--) {
                    if (!nameGap(body, toks.get(j), toks.get(j + 1), true)) {
                        break;
                    }
                    Token t = toks.get(j);
                    if (t.cap() && FRENCH_HEADS.contains(t.f()) && Character.toLowerCase(letters.charAt(0)) == t.f().charAt(0)
                            && frenchTail(body, toks, j) >= k) {
                        best = j;
                        break;
                    }
                }
            }
            int ns = best >= 0 ? toks.get(best).start() : -1;
            int ne = toks.get(k).end();
            Entity known = gazetteer.textMatch(Gazetteer.matchKey(acr), true);
            String name = best >= 0 ? body.substring(ns, ne) : null;
            if (known == null && name != null) {
                known = gazetteer.lookup(name).orElse(null);
            }
            if (name != null && Normalise.key(name).matches("(?:memorandum|agreement|accord|protocol|protocole|convention|"
                    + "letter|lettre|declaration|joint).*")) {
                continue;
            }
            if (known == null && name == null) {
                continue;
            }
            Mention nm = null;
            if (name != null) {
                nm = new Mention(ns, ne, name, known != null ? Mention.Source.KNOWN : Mention.Source.ACRONYM,
                        known != null ? known.type() : null);
                nm.known = known;
                nm.aliases.add(acr);
                if (known == null) {
                    typeByHeads(nm, toks, best, k);
                }
                if (!ms.add(nm)) {
                    nm = null;
                }
            }
            Mention am = new Mention(m.start(1), m.end(1), acr, known != null ? Mention.Source.KNOWN : Mention.Source.LOCAL,
                    nm != null ? nm.type : known != null ? known.type() : EntityType.Organisation);
            am.known = known;
            if (nm != null) {
                am.name = nm.name;
                am.kind = nm.kind;
            }
            if (nm != null || known != null) {
                ms.add(am);
                ms.acronyms.add(Normalise.fold(acr));
            }
        }
    }

    private static boolean initialsMatch(String letters, List<Token> toks, int from, int to, String body) {
        int pos = 0;
        String l = letters.toLowerCase(java.util.Locale.ROOT);
        for (int i = from; i <= to && pos < l.length(); i++) {
            Token t = toks.get(i);
            if (t.f().charAt(0) != l.charAt(pos)) {
                continue;
            }
            if (t.upper()) {
                int c = 0;
                while (c < t.f().length() && pos < l.length() && t.f().charAt(c) == l.charAt(pos)) {
                    c++;
                    pos++;
                }
            } else {
                pos++;
            }
        }
        return pos == l.length();
    }

    /** Types a new name from its head words: French names lead with theirs, English ones end with it. */
    private static void typeByHeads(Mention m, List<Token> toks, int from, int to) {
        int head = -1;
        Token first = toks.get(from);
        if (Lexicon.isOrgHead(first.f())) {
            head = from;
        } else {
            for (int i = to; i >= from; i--) {
                if (Lexicon.isOrgHead(toks.get(i).f()) && (toks.get(i).cap() || toks.get(i).upper())) {
                    head = i;
                    break;
                }
            }
        }
        if (head < 0) {
            m.type = EntityType.Organisation;
            m.kind = "other";
            return;
        }
        String h = toks.get(head).f();
        m.type = Lexicon.centreOrOrg(h);
        if (m.type == EntityType.Organisation) {
            m.kind = Lexicon.ORG_HEADS.get(h);
            if ("international_organisation".equals(m.kind) && !Normalise.key(m.surface)
                    .matches(".*\\b(international|internationale|world|mondiale|global|united|nations|unies)\\b.*")) {
                m.kind = "other";
            }
        }
        if ((h.equals("lab") || h.equals("labs")) && to - from == 1) {
            m.type = EntityType.Organisation;
            m.kind = "company";
        }
    }

    // ---- people ------------------------------------------------------------------------------------

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "von", "de", "der", "den", "da",
            "di", "du", "bin", "al", "el", "ter", "la", "le", "dos", "das");

    private void honorificPersons(String body, List<Token> toks, Mentions ms) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token h = toks.get(i);
            if (!h.cap() || !Lexicon.HONORIFICS.contains(h.f())) {
                continue;
            }
            String gap = body.substring(h.end(), toks.get(i + 1).start());
            if (!gap.matches("\\.?[ \\u00A0\\u202F]+")) {
                continue;
            }
            int end = nameEnd(body, toks, i + 1);
            if (end < i + 1) {
                continue;
            }
            Token a = toks.get(i + 1);
            Token b = toks.get(end);
            Mention m = new Mention(a.start(), b.end(), body.substring(a.start(), b.end()), Mention.Source.PERSON,
                    EntityType.Person);
            m.honorific = true;
            ms.add(m);
            i = end;
        }
    }

    /** The last token of a person's name starting at {@code i} (up to four words), or -1. */
    private static int nameEnd(String body, List<Token> toks, int i) {
        int end = -1;
        for (int j = i; j < toks.size() && j < i + 5; j++) {
            Token t = toks.get(j);
            if (j > i) {
                String gap = body.substring(toks.get(j - 1).end(), t.start());
                boolean initial = toks.get(j - 1).f().length() == 1;
                if (!(gap.matches("[ \u00A0\u202F]|-") || (initial && gap.matches("\\.[ \u00A0\u202F]?")))) {
                    break;
                }
            }
            if (t.cap() && !t.digit()) {
                if (Lexicon.isOrgHead(t.f()) && j > i) {
                    break;
                }
                end = j;
            } else if (PARTICLES.contains(t.f()) && j + 1 < toks.size() && toks.get(j + 1).cap()) {
                continue;
            } else {
                break;
            }
        }
        return end;
    }

    private void titledPersons(String body, String folded, List<Token> toks, Mentions ms) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.cap() || t.upper() || t.digit() || Lexicon.NOT_NAME_START.contains(t.f()) || !ms.free(t.start(), t.end())
                    || t.f().length() < 2 || Lexicon.isOrgHead(t.f()) || TITLE_WORD.contains(t.f())) {
                continue;
            }
            int end = nameEnd(body, toks, i);
            if (end <= i || end - i > 3) {
                continue;
            }
            Token last = toks.get(end);
            if (!ms.free(t.start(), last.end()) || last.f().length() < 2 || TITLE_WORD.contains(last.f())
                    || Lexicon.LEGAL_SUFFIXES.contains(last.f())) {
                continue;
            }
            boolean ok = false;
            String prevWord = i > 0 ? toks.get(i - 1).f() : "";
            boolean comma = i > 0 && body.substring(toks.get(i - 1).end(), t.start()).strip().equals(",");
            String before = Lexicon.TITLE_WORDS.contains(prevWord) || SAID_WORDS.contains(prevWord) || comma
                    ? folded.substring(Math.max(0, t.start() - 80), t.start()) : "";
            String after = folded.substring(last.end(), Math.min(folded.length(), last.end() + 120));
            char a0 = firstNonSpace(after);
            boolean punct = a0 == ',' || a0 == '-';
            if (!before.isEmpty() && (TITLE_BEFORE.matcher(before).find() || (comma && TITLE_OF_ORG_BEFORE.matcher(before).find())
                    || SAID_BEFORE.matcher(before).find())
                    || punct && TITLE_AFTER.matcher(after).lookingAt()
                    || (a0 == 'a' || a0 == 'c') && AS_TITLE_AFTER.matcher(after).lookingAt() || (punct || Character.isLetter(a0)) && SAID_AFTER.matcher(after).lookingAt()) {
                ok = true;
            }
            if (!ok) {
                continue;
            }
            Mention m = new Mention(t.start(), last.end(), body.substring(t.start(), last.end()), Mention.Source.PERSON,
                    EntityType.Person);
            if (ms.add(m)) {
                i = end;
            }
        }
    }

    /** Title words that are also the adjectives of names ("National Police Agency", "General Secretariat"). */
    private static final java.util.Set<String> NAME_ADJECTIVE_TITLES = java.util.Set.of("national", "european", "general",
            "senior", "executive");
    private static boolean sentenceStart(String body, int pos) {
        int k = pos - 1;
        while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\u00A0' || body.charAt(k) == '"' || body.charAt(k) == '\u00AB')) {
            k--;
        }
        return k < 0 || body.charAt(k) == '\n' || body.charAt(k) == '.' || body.charAt(k) == '!' || body.charAt(k) == '?';
    }

    private static char firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private static final java.util.Set<String> TITLE_WORD = Lexicon.set("secretary", "general", "director",
            "head", "chief", "executive", "officer", "president", "minister", "commissioner", "deputy", "assistant",
            "founder", "ceo", "chairman", "chair", "directeur", "directrice", "secretaire", "chef", "ministre",
            "fondateur", "pdg", "commissaire", "superintendent", "ambassador", "ambassadeur", "vice", "senior",
            "manager", "coordinator", "inspector", "agent", "prosecutor", "european", "national", "interpol", "europol",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "about", "notes", "media", "press", "contact", "internet", "dutch", "french", "british", "german");

    // ---- gazetteer names ------------------------------------------------------------------------

    private void known(String body, List<Token> toks, Mentions ms) {
        int max = gazetteer.maxTokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!(t.cap() || t.digit()) || !gazetteer.startsName(t.f())) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            Entity best = null;
            int bestEnd = -1;
            boolean upper = true;
            for (int j = i; j < toks.size() && j < i + max; j++) {
                if (j > i && !nameGap(body, toks.get(j - 1), toks.get(j), false)) {
                    break;
                }
                Token u = toks.get(j);
                if (j > i) {
                    key.append(' ');
                }
                key.append(u.f());
                upper &= u.upper() || u.digit() || (u.f().length() == 1 && u.cap());
                Entity e = gazetteer.textMatch(key.toString(), upper);
                if (e != null && (u.cap() || u.upper() || u.digit() || j > i)) {
                    best = e;
                    bestEnd = j;
                }
            }
            if (best != null) {
                Token last = toks.get(bestEnd);
                Mention m = new Mention(t.start(), last.end(), body.substring(t.start(), last.end()), Mention.Source.KNOWN,
                        best.type());
                m.known = best;
                if (ms.add(m)) {
                    i = bestEnd;
                }
            }
        }
    }

    // ---- organisations and centres from head words ------------------------------------------------

    private void discovered(String body, String folded, List<Token> toks, Mentions ms) {
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (!(t.cap() || t.upper())) {
                i++;
                continue;
            }
            int b = runEnd(body, toks, i);
            int a = i;
            // strip leading sentence words, titles, honorifics and demonyms
            String country = null;
            while (a <= b) {
                Token u = toks.get(a);
                String demonym = Demonyms.iso(u.f());
                if (demonym != null && a < b) {
                    country = demonym;
                    a++;
                } else if (a < b && a == i && sentenceStart(body, u.start()) && !Lexicon.isOrgHead(u.f())
                        && Lexicon.CONNECTORS.contains(toks.get(a + 1).f()) && !toks.get(a + 1).cap()
                        && gazetteer.textMatch(u.f(), u.upper()) == null) {
                    a++; // "Rattaché à la Direction ...": a sentence's first word, not a name's
                } else if (Lexicon.NOT_NAME_START.contains(u.f()) || Lexicon.HONORIFICS.contains(u.f())
                        || (TITLE_WORD.contains(u.f()) && !Lexicon.isOrgHead(u.f()) && gazetteer.textMatch(u.f(), u.upper()) == null
                            && (!NAME_ADJECTIVE_TITLES.contains(u.f()) || (a > i && TITLE_WORD.contains(toks.get(a - 1).f()))))
                        || Lexicon.CONNECTORS.contains(u.f()) && !u.cap()) {
                    a++;
                } else {
                    break;
                }
            }
            // "Altair Group and Brightwater Labs Inc": two names, each ending in its own head word
            for (int j = a + 1; j < b; j++) {
                Token c = toks.get(j);
                if ((c.f().equals("and") || c.f().equals("et")) && !c.cap() && j - 1 > a
                        && (Lexicon.isOrgHead(toks.get(j - 1).f()) || Lexicon.LEGAL_SUFFIXES.contains(toks.get(j - 1).f()))
                        && toks.get(j - 1).cap() && toks.get(j + 1).cap()) {
                    nameFromRun(body, toks, a, j - 1, country, ms);
                    a = j + 1;
                }
            }
            if (a <= b) {
                nameFromRun(body, toks, a, b, country, ms);
            }
            i = b + 1;
        }
        companiesByCue(body, folded, toks, ms);
    }

    private static final java.util.Set<String> COMPANY_CUE_WORDS = java.util.Set.of("societe", "entreprise", "firme",
            "editeur", "groupe", "company", "firm", "vendor");
    private static final Pattern COMPANY_CUE = Pattern.compile("\\b(?:la societe|l'entreprise|la firme|l'editeur|le groupe"
            + "|the company|the firm|the vendor|security firm|security company|cybersecurity company|cybersecurity firm"
            + "|societe de securite|l'entreprise de cybersecurite) $");

    /** "la société Altair", "the security firm Norvik": a company even without a company word in its name. */
    private void companiesByCue(String body, String folded, List<Token> toks, Mentions ms) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!(t.cap() || t.upper()) || !ms.free(t.start(), t.end())
                    || i == 0 || !COMPANY_CUE_WORDS.contains(toks.get(i - 1).f())
                    || !COMPANY_CUE.matcher(folded.substring(Math.max(0, t.start() - 40), t.start())).find()) {
                continue;
            }
            int end = i;
            while (end + 1 < toks.size() && end < i + 3 && (toks.get(end + 1).cap() || toks.get(end + 1).upper())
                    && nameGap(body, toks.get(end), toks.get(end + 1), false)) {
                end++;
            }
            Token last = toks.get(end);
            String surface = body.substring(t.start(), last.end());
            if (gazetteer.textMatch(Normalise.key(surface), true) != null) {
                continue;
            }
            Mention m = new Mention(t.start(), last.end(), surface, Mention.Source.DISCOVERED, EntityType.Organisation);
            m.kind = "company";
            ms.add(m);
        }
    }

    private void nameFromRun(String body, List<Token> toks, int a, int b, String country, Mentions ms) {
        Token first = toks.get(a);
        String parent = null;
        int parentEnd = -1;
        // a known name inside the run: "Representatives of NEC Corporation and Kaspersky Lab", "Cybercrime
        // Division of the NPA", "Centre européen de lutte contre la cybercriminalité d'Europol", "... in Singapore"
        List<int[]> inner = new ArrayList<>();
        List<Mention> innerMentions = new ArrayList<>();
        for (Mention k : ms.all()) {
            if (k.start < first.start() || k.end > toks.get(b).end() || k.type == null || k.type == EntityType.Person
                    || k.type == EntityType.Event) {
                continue;
            }
            inner.add(new int[] {lastTokenBefore(toks, k.start) + 1, lastTokenBefore(toks, k.end)});
            innerMentions.add(k);
        }
        for (int j = a + 1; j <= b; j++) {
            if (toks.get(j).upper() && ms.acronyms.contains(toks.get(j).f())) {
                inner.add(new int[] {j, j});
                innerMentions.add(null);
            }
        }
        for (int n = 0; n < inner.size(); n++) {
            int kt = inner.get(n)[0];
            int ke = inner.get(n)[1];
            Mention k = innerMentions.get(n);
            if (kt == a) {
                if (k != null && (ke >= b || Lexicon.CONNECTORS.contains(toks.get(ke + 1).f()))) {
                    return; // the known name is the name; what follows is its complement
                }
                continue;
            }
            int c = kt - 1;
            boolean of = false;
            while (c > a && Lexicon.CONNECTORS.contains(toks.get(c).f()) && !toks.get(c).cap()) {
                of |= OF_WORDS.contains(toks.get(c).f());
                c--;
            }
            if (c == kt - 1 || c >= b) {
                continue; // no connector: the known name is a modifier ("INTERPOL Cybercrime Directorate")
            }
            boolean place = k != null && (k.type == EntityType.Country || k.type == EntityType.City);
            if (place && of) {
                continue; // "Government of Japan", "Direction générale ... du Maroc": kept whole
            }
            if (!place && of && parent == null) {
                parent = body.substring(toks.get(kt).start(), toks.get(ke).end());
                parentEnd = toks.get(ke).end();
            }
            b = c;
        }
        int head = -1;
        int end = -1;
        if (Lexicon.isOrgHead(first.f()) && !Lexicon.LEGAL_SUFFIXES.contains(first.f()) && first.cap()) {
            head = a;
            end = b; // French: the head leads, complements follow
            if (FRENCH_HEADS.contains(first.f()) && parent == null) {
                int tail = frenchTail(body, toks, b);
                if (tail > end && ms.free(toks.get(end).end(), toks.get(tail).end())) {
                    end = tail;
                }
            }
            if (a == end) {
                return;
            }
        } else {
            for (int j = b; j > a; j--) {
                Token u = toks.get(j);
                if (Lexicon.isOrgHead(u.f()) && (u.cap() || u.upper())) {
                    head = j;
                    break;
                }
            }
            if (head < 0) {
                return;
            }
            end = head;
            if (head < b && java.util.Set.of("of", "for", "on", "against", "de", "du", "des", "d", "pour")
                    .contains(toks.get(head + 1).f())) {
                end = b;
            }
        }
        // trim trailing connectors and adjectives-only tails
        while (end > a && (Lexicon.CONNECTORS.contains(toks.get(end).f()) && !toks.get(end).cap())) {
            end--;
        }
        Token last = toks.get(end);
        String surface = body.substring(first.start(), last.end());
        if (gazetteer.textMatch(Normalise.key(surface), true) != null) {
            return;
        }
        Mention m = new Mention(first.start(), last.end(), surface, Mention.Source.DISCOVERED, null);
        if (parent != null) {
            m.parent = parent;
            m.aliases.add(body.substring(first.start(), parentEnd));
            parent = null;
        }
        Entity known = gazetteer.lookup(surface).orElse(null);
        if (known != null && known.type() != EntityType.Person) {
            m.known = known;
            m.type = known.type();
        } else {
            typeByHeads(m, toks, a, end);
            m.country = country;
            Entity lead = gazetteer.textMatch(first.f(), first.upper());
            if (lead != null && lead.type() == EntityType.Country) {
                m.country = lead.id();
            }
            for (int j = a; j < end; j++) {
                if (java.util.Set.of("of", "de", "du", "d").contains(toks.get(j).f()) && j + 1 <= end) {
                    Entity tail = gazetteer.textMatch(Normalise.key(body.substring(toks.get(j + 1).start(), last.end())), false);
                    if (tail != null && tail.type() == EntityType.Country) {
                        m.country = tail.id();
                    }
                }
            }
        }
        ms.add(m);
    }

    private static final java.util.Set<String> OF_WORDS = java.util.Set.of("of", "de", "du", "des", "d");
    /** French head words that lead a name and take lower-case complements: "Office anti-cybercriminalité". */
    static final java.util.Set<String> FRENCH_HEADS = java.util.Set.of("office", "direction", "centre", "groupe", "pole",
            "service", "brigade", "agence", "institut", "commissariat", "conseil", "comite", "mecanisme", "plateforme",
            "unite", "laboratoire", "cellule", "police", "gendarmerie", "ministere", "bureau", "division", "departement",
            "secretariat", "sous", "complexe", "autorite", "observatoire", "delegation", "inspection", "parquet", "ecole");
    private static final java.util.Set<String> FR_PREPOSITIONS = java.util.Set.of("de", "du", "des", "d", "contre", "pour",
            "sur", "aux", "au", "en");
    private static final java.util.Set<String> FR_ARTICLES = java.util.Set.of("la", "le", "les", "l");
    private static final java.util.Set<String> NOT_COMPLEMENT = java.util.Set.of("qui", "que", "dont", "est", "sont", "ont",
            "les", "des", "une", "son", "ses", "sa", "leur", "leurs", "cette", "ces", "ce", "tout", "tous", "plus", "pendant",
            "depuis", "avec", "dans", "entre", "chez", "par", "lors", "afin", "ainsi", "fin", "part", "cadre", "lieu", "nom",
            "sein", "aupres", "compte", "place");
    private static final Pattern FR_ADJECTIVE = Pattern.compile("[a-z]{2,}(?:al|ale|aux|ales|ique|iques|ien|ienne|ais|aise|el"
            + "|elle|if|ive|aire|aires|ois|oise|ee|ees|ain|aine|ial|iale)");

    /**
     * Where a French head-first name ends, from its last capitalised token {@code i}: lower-case adjectives
     * ("nationale", "anti-cybercriminalité") and complements ("de lutte contre la cybercriminalité",
     * "de la police judiciaire"), stopping at punctuation, verbs and clause words; at most 14 tokens.
     */
    static int frenchTail(String body, List<Token> toks, int i) {
        int end = i;
        int j = i + 1;
        int limit = Math.min(toks.size(), i + 15);
        while (j < limit) {
            Token prev = toks.get(j - 1);
            Token t = toks.get(j);
            String gap = body.substring(prev.end(), t.start());
            boolean space = gap.equals(" ") || gap.equals("\u00A0");
            if (gap.equals("-") && !t.cap() && !t.digit() && j == end + 1) {
                end = j++; // "anti-cybercriminalité"
                continue;
            }
            if (space && !t.cap() && j == end + 1 && (Lexicon.NAME_ADJECTIVES.contains(t.f()) || FR_ADJECTIVE.matcher(t.f()).matches())
                    && !NOT_COMPLEMENT.contains(t.f())) {
                end = j++;
                continue;
            }
            if (!space || !FR_PREPOSITIONS.contains(t.f()) || j != end + 1) {
                break;
            }
            // preposition [article] noun
            int c = j + 1;
            if (c < limit && FR_ARTICLES.contains(toks.get(c).f()) && !toks.get(c).cap()) {
                c++;
            }
            if (c >= limit) {
                break;
            }
            Token n = toks.get(c);
            String g = body.substring(toks.get(c - 1).end(), n.start());
            if (!(g.equals(" ") || g.equals("'") || g.equals("\u2019") || g.equals("\u00A0")) || n.digit() || n.f().length() < 3
                    || NOT_COMPLEMENT.contains(n.f()) || Lexicon.CONNECTORS.contains(n.f())) {
                break;
            }
            if (n.cap()) {
                // a capitalised complement belongs to the name only as part of a name run ("de la Gendarmerie nationale")
                int r = runEnd(body, toks, c);
                end = r;
                j = r + 1;
                continue;
            }
            end = c;
            j = c + 1;
        }
        // "et de la communication": a coordinated complement
        if (end + 2 < toks.size() && toks.get(end + 1).f().equals("et") && FR_PREPOSITIONS.contains(toks.get(end + 2).f())
                && end < i + 12) {
            int more = frenchTail(body, toks, end + 1);
            if (more > end + 2) {
                end = more;
            }
        }
        return end;
    }

    /** The last token of a run of capitalised words joined by connectors, starting at {@code i}. */
    private static int runEnd(String body, List<Token> toks, int i) {
        int end = i;
        int j = i + 1;
        while (j < toks.size()) {
            Token prev = toks.get(j - 1);
            if (!nameGap(body, prev, toks.get(j), false)) {
                break;
            }
            Token t = toks.get(j);
            if (t.cap() || t.upper() || (t.digit() && t.f().length() <= 2)) {
                end = j;
                j++;
                continue;
            }
            if (Lexicon.NAME_ADJECTIVES.contains(t.f()) && (prev.cap() || Lexicon.NAME_ADJECTIVES.contains(prev.f()))
                    && j == end + 1) {
                end = j;
                j++;
                continue;
            }
            int c = j;
            while (c < toks.size() && c < j + 3 && Lexicon.CONNECTORS.contains(toks.get(c).f()) && !toks.get(c).cap()
                    && nameGap(body, toks.get(c - 1), toks.get(c), false)) {
                c++;
            }
            if (c > j && c < toks.size() && (toks.get(c).cap() || toks.get(c).upper())
                    && nameGap(body, toks.get(c - 1), toks.get(c), false)) {
                end = c;
                j = c + 1;
                continue;
            }
            break;
        }
        return end;
    }

    /** May two tokens belong to one name? Spaces, hyphens, elisions, "&", initials' dots. */
    static boolean nameGap(String body, Token a, Token b, boolean acronymWalk) {
        String gap = body.substring(a.end(), b.start());
        if (gap.isEmpty() || gap.length() > 3) {
            return false;
        }
        if (gap.equals(" ") || gap.equals("-") || gap.equals("\u00A0") || gap.equals("\u202F") || gap.equals(" & ") || gap.equals("\u2011")) {
            return true;
        }
        if (gap.equals("'") || gap.equals("\u2019")) {
            return !b.f().equals("s"); // elision joins; a possessive ends the name
        }
        if (a.f().length() == 1 && gap.matches("\\.[ \u00A0\u202F]?")) {
            return true; // initials and dotted acronyms
        }
        return false;
    }

    private static int lastTokenBefore(List<Token> toks, int pos) {
        int lo = 0;
        int hi = toks.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).end() <= pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    private static final Pattern UNIT_APPOSITION = Pattern.compile("^\\s*,\\s*(?:[\\p{L}-]+'s|the|a|an|l'|la|le|une?)\\s*"
            + "(?:[\\p{L}-]+\\s+){0,5}?(?:unit|team|organi[sz]ation|arm|division|group|lab|laboratory|equipe|unite|cellule"
            + "|service)\\b");

    /** "Talos, Cisco's threat intelligence organization", "FortiGuard Labs, Fortinet's research unit": a unit (Centre). */
    private void unitsByApposition(String body, String folded, List<Token> toks, Mentions ms) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!(t.cap() || t.upper()) || t.digit() || Lexicon.NOT_NAME_START.contains(t.f()) || TITLE_WORD.contains(t.f())) {
                continue;
            }
            int end = runEnd(body, toks, i);
            if (end - i > 3) {
                i = end;
                continue;
            }
            Token last = toks.get(end);
            int after = last.end();
            if (after >= body.length() || body.charAt(after) != ',') {
                i = end;
                continue;
            }
            if (!UNIT_APPOSITION.matcher(folded.substring(after, Math.min(folded.length(), after + 90))).lookingAt()) {
                i = end;
                continue;
            }
            if (ms.free(t.start(), last.end())) {
                Mention m = new Mention(t.start(), last.end(), body.substring(t.start(), last.end()), Mention.Source.DISCOVERED,
                        EntityType.Centre);
                ms.add(m);
            } else {
                for (Mention m : ms.all()) {
                    if (m.start == t.start() && m.end == last.end() && m.source == Mention.Source.DISCOVERED
                            && m.type == EntityType.Organisation && m.known == null) {
                        m.type = EntityType.Centre;
                        m.kind = null;
                    }
                }
            }
            i = end;
        }
    }

    // ---- events -------------------------------------------------------------------------------------

    private void events(String body, String folded, List<Token> toks, Mentions ms) {
        for (int i = 0; i < toks.size(); i++) {
            Token h = toks.get(i);
            String kind = Lexicon.EVENT_HEADS.get(h.f());
            if (kind == null) {
                continue;
            }
            int start = i;
            boolean ordinal = false;
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                Token u = toks.get(j);
                if (!nameGap(body, u, toks.get(j + 1), false)) {
                    break;
                }
                if (ORDINAL.matcher(u.f()).matches()) {
                    start = j;
                    ordinal = true;
                    break;
                }
                if ((u.cap() || u.upper()) && !Lexicon.NOT_NAME_START.contains(u.f())) {
                    start = j;
                } else if (!Lexicon.NAME_ADJECTIVES.contains(u.f())) {
                    break;
                }
            }
            if (!h.cap() && !ordinal) {
                continue;
            }
            if (h.f().equals("operation") && (i + 1 >= toks.size() || !toks.get(i + 1).cap())) {
                continue;
            }
            int end = runEnd(body, toks, i);
            if (start == i && end == i && !ordinal) {
                continue; // a bare "Conference" at a sentence start
            }
            Token s = toks.get(start);
            Token e = toks.get(end);
            Mention m = new Mention(s.start(), e.end(), body.substring(s.start(), e.end()), Mention.Source.EVENT,
                    EntityType.Event);
            m.kind = kind;
            ms.add(m);
            i = end;
        }
    }

    // ---- later short forms ----------------------------------------------------------------------------

    private void local(String body, List<Token> toks, Mentions ms) {
        Map<String, Mention> names = new HashMap<>();
        Map<String, Integer> surnameCount = new HashMap<>();
        List<String> orgFirstTokens = new ArrayList<>();
        for (Mention m : ms.all()) {
            if (m.type == null) {
                continue;
            }
            if (m.type == EntityType.Person) {
                String[] t = Normalise.key(m.surface).split(" ");
                names.putIfAbsent(String.join(" ", t), m);
                if (t.length >= 2) {
                    names.putIfAbsent(t[t.length - 1], m);
                    surnameCount.merge(t[t.length - 1], 1, Integer::sum);
                }
            } else if (m.source == Mention.Source.DISCOVERED || m.source == Mention.Source.ACRONYM) {
                String k = Normalise.key(m.surface);
                names.putIfAbsent(k, m);
                String[] t = k.split(" ");
                orgFirstTokens.add(t[0]);
                if (t.length >= 2 && Lexicon.LEGAL_SUFFIXES.contains(t[t.length - 1])) {
                    String shortName = k.substring(0, k.lastIndexOf(' '));
                    names.putIfAbsent(shortName, m);
                    m.aliases.add(m.surface.substring(0, m.surface.lastIndexOf(' ')).replaceAll("[ ,]+$", ""));
                }
                for (String a : m.aliases) {
                    names.putIfAbsent(Normalise.key(a), m);
                }
                if (t.length >= 3 && m.type == EntityType.Centre) {
                    for (Mention n : m.nested) {
                        String nk = Normalise.key(n.surface);
                        if (k.startsWith(nk + " ")) {
                            String rest = k.substring(nk.length() + 1);
                            names.putIfAbsent(rest, m);
                            m.aliases.add(m.surface.substring(n.end - m.start).strip());
                        }
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!(t.cap() || t.upper()) || !ms.free(t.start(), t.end())) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            Mention best = null;
            int bestEnd = -1;
            for (int j = i; j < toks.size() && j < i + 12; j++) {
                if (j > i && !nameGap(body, toks.get(j - 1), toks.get(j), false)) {
                    break;
                }
                if (j > i) {
                    key.append(' ');
                }
                key.append(toks.get(j).f());
                Mention m = names.get(key.toString());
                if (m != null) {
                    best = m;
                    bestEnd = j;
                }
            }
            if (best == null) {
                continue;
            }
            Token last = toks.get(bestEnd);
            if (!ms.free(t.start(), last.end())) {
                continue;
            }
            if (best.type == EntityType.Person && bestEnd == i) {
                // a bare surname: only with an honorific, or when no organisation starts with it
                boolean hon = i > 0 && Lexicon.HONORIFICS.contains(toks.get(i - 1).f());
                if (!hon && (orgFirstTokens.contains(t.f()) || surnameCount.getOrDefault(t.f(), 0) > 1)) {
                    continue;
                }
            }
            Mention m = new Mention(t.start(), last.end(), body.substring(t.start(), last.end()), Mention.Source.LOCAL,
                    best.type);
            m.name = best.name;
            m.kind = best.kind;
            m.known = best.known;
            m.country = null;
            if (ms.add(m)) {
                i = bestEnd;
            }
        }
    }

    private static final Pattern CITY_CUE = Pattern.compile("\\b(?:headquartered in|based in|located in|held in|takes place in"
            + "|hosted in|host in|organi[sz]ed in|met in|gathered in|se sont reunis a|s'est deroulee? a|organisee? a"
            + "|took place in|will take place in|siege est a|siege a|base a|basee a|etabli a|etablie a|installe a|installee a"
            + "|se tiendra a|se tient a|s'est tenue? a|aura lieu a|a eu lieu a|situe a|situee a) $");

    /** Unknown places after a location cue: "headquartered in Tromsø", "dont le siège est à Rennes". */
    private void cities(String body, String folded, List<Token> toks, Mentions ms) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.cap() || t.digit() || !ms.free(t.start(), t.end())
                    || i == 0 || !(toks.get(i - 1).f().equals("in") || toks.get(i - 1).f().equals("a"))
                    || !CITY_CUE.matcher(folded.substring(Math.max(0, t.start() - 30), t.start())).find()) {
                continue;
            }
            int end = i;
            while (end + 1 < toks.size() && end < i + 2 && toks.get(end + 1).cap()
                    && nameGap(body, toks.get(end), toks.get(end + 1), false)) {
                end++;
            }
            Token last = toks.get(end);
            if (!ms.free(t.start(), last.end())) {
                continue;
            }
            ms.add(new Mention(t.start(), last.end(), body.substring(t.start(), last.end()), Mention.Source.PLACE,
                    EntityType.City));
        }
    }

    // ---- anaphors ----------------------------------------------------------------------------------------

    /** Words that open an anaphor, and the nouns one may end in: the pattern only runs where both occur. */
    private static final java.util.Set<String> ANAPHOR_OPENERS = java.util.Set.of("the", "l", "la", "le", "ce", "cette",
            "this", "a", "an", "une", "un", "celui");
    private static final java.util.Set<String> ANAPHOR_NOUNS = java.util.Set.of("organization", "organisation", "world",
            "global", "centre", "center", "complex", "facility", "laboratory", "unit", "complexe", "laboratoire", "nouveau",
            "futur", "new", "future", "company", "firm", "vendor", "societe", "entreprise", "group", "editeur", "opening",
            "signing", "closing", "official", "annual", "inauguration", "one", "two", "three", "regional", "farewell",
            "ceremony", "conference", "meeting", "summit", "event", "ceremonie", "reunion", "sommet", "evenement", "rencontre",
            "workshop", "seminar", "atelier", "seminaire", "agency", "office", "bureau", "directorate", "ministry", "police",
            "agence", "direction", "ci");

    private void anaphors(String body, String folded, List<Token> toks, Mentions ms) {
        Matcher m = ANAPHORS.matcher(folded);
        for (int ti = 0; ti + 1 < toks.size(); ti++) {
            Token opener = toks.get(ti);
            if (!ANAPHOR_OPENERS.contains(opener.f()) || !ANAPHOR_NOUNS.contains(toks.get(ti + 1).f())) {
                continue;
            }
            m.region(opener.start(), Math.min(folded.length(), opener.start() + 80));
            if (!m.lookingAt()) {
                continue;
            }
            String cat = m.group("intl") != null ? "intl" : m.group("centre") != null ? "centre"
                    : m.group("company") != null ? "company" : m.group("orghead") != null ? "orghead" : "event";
            int s = m.start();
            int e = m.end();
            // "the Organization for Security..." is a name, not an anaphor
            int next = e;
            while (next < body.length() && body.charAt(next) == ' ') {
                next++;
            }
            if (next < body.length() && Character.isUpperCase(body.charAt(next)) && !cat.equals("event")) {
                continue;
            }
            if (!ms.free(s, e)) {
                continue;
            }
            Mention a = new Mention(s, e, body.substring(s, e), Mention.Source.ANAPHOR, null);
            a.anaphor = cat;
            ms.add(a);
        }
    }
}
