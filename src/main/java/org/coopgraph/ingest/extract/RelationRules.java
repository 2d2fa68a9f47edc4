package org.coopgraph.ingest.extract;

import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations between organisations from trigger words, with the subject found before the trigger
 * (or a pronoun's antecedent) and the object after it, both located by type; coordinated subjects
 * ("Fortinet, Group-IB and Palo Alto Networks supplied") and objects ("with Europol, the FBI and
 * the NCA") each get the fact. Triggers are read in sentence order so that "elle" / "it" take the
 * latest subject. Each rule's pattern only runs when one of its cheap keys occurs in the sentence.
 */
final class RelationRules {

    /** One trigger: its rule id, relation, keys, pattern, what the object must be preceded by, what must be near. */
    private record Rule(String id, Relation relation, String[] keys, Pattern trigger, Pattern objectIntro, Pattern needs,
                        Set<EntityType> objectTypes, double confidence) {
    }

    private record Hit(Rule rule, int start, int end) {
    }

    private static final Set<EntityType> ORGS = Set.of(EntityType.Organisation, EntityType.Centre);
    private static final Set<EntityType> ORGS_COUNTRIES = Set.of(EntityType.Organisation, EntityType.Centre,
            EntityType.Country);
    private static final Pattern ANY = null;
    /** What introduces the object, right before it. */
    private static final Pattern TO = Pattern.compile("(?:\\b(?:to|for|with|a|au|aux|aupres d[eu]s?|avec|pour|au profit d[eu]s?"
            + "|de|du|des|from|of|en faveur d[eu]s?)\\s+(?:(?:the|la|le|les|its|their|ses|leurs)\\s+)?|\\b(?:a l'|de l'|d'|l')"
            + "|\\b(?:de|a) la\\s+)(?:[\\p{L}\\d-]+\\s+){0,4}?(?:(?:from|of|de|du|des|d')\\s+(?:(?:the|la|le|les)\\s+|l')?|d')?$");
    private static final Pattern WITH = Pattern.compile("\\b(?:with|alongside|of|avec|de|du|d'|aupres d[eu]s?|a|au|aux|and|et)\\b|\\bd'");
    private static final Pattern INTEL = Pattern.compile("\\b(?:intelligence|threat data|threat information|threat feeds?"
            + "|indicators of compromise|data on (?:threats|malware|botnets|online crime)|information on (?:threats|malware|botnets|attacks)"
            + "|datasets?|data sets?|analyses of|malware analyses|renseignements?|informations? sur les (?:menaces|logiciels malveillants)"
            + "|donnees sur les menaces|analyses techniques)\\b");
    private static final Pattern MEMBERS = Pattern.compile("\\b(?:its|their|ses|leurs|the|les|aux|des|de ses)?\\s*(?:\\d+\\s+)?"
            + "(?:eu\\s+)?(?:member countries|member states|pays membres|etats membres)\\b");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no longer|ne|jamais|refused|declined|nor)\\b|n't\\b|\\bn'");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:discuss\\w*|explor\\w*|consider\\w*|envisag\\w*|could|might"
            + "|may|would like|hope\\w*|seek\\w*|pourrai\\w*|souhait\\w*|espere\\w*|propos\\w*|whether|si|intention|etudier"
            + "|study|studying|talks|pourparlers|eventuel\\w*|possible)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:it|they|elle|il|ils|elles|qu'elle|qu'il|the company"
            + "|la societe)\\s+(?:\\w+\\s+){0,3}$|\\bqu'(?:elle|il)\\b[^,;]*$");
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:is|was|are|were|been|being|be|est|sont|etait|ete|sera)"
            + "\\s+(?:\\w+\\s+)?$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|our|us|nous|notre|nos)\\b");
    private static final Pattern SINCE = Pattern.compile("\\b(?:in|en|from|by|des|a partir de|starting in|as of|as from"
            + "|au printemps|in spring|d'ici|since|depuis)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SINCE_LAST_YEAR = Pattern.compile("\\b(?:since last year|depuis l'an dernier|depuis l'annee derniere)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\bet qu'|\\band that\\b|\\bwhile\\b|\\bwhereas\\b"
            + "|\\balors que\\b|\\btandis que\\b|\\bwhich\\b|\\bqui\\b|\\bwho\\b");
    /** Between two coordinated names: commas, "and", "as well as", articles, "with", "de la", "such as". */
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:\\([^)]*\\))?\\s*(?:,|and|et|as well as|ainsi que|&)\\s*"
            + "(?:(?:and|et)\\s+)?(?:(?:with|avec)\\s+)?(?:the\\s+|le\\s+|la\\s+|l'|les\\s+|de la\\s+|de l'|du\\s+|des\\s+|de\\s+|d'"
            + "|a la\\s+|au\\s+|aux\\s+)?"
            + "|\\s*(?:,\\s*)?(?:(?:and|et)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:such as|including|notamment|comme|like|dont)\\s+"
            + "(?:the\\s+|le\\s+|la\\s+|l'|les\\s+)?");
    private static final Pattern SUBJECT_COORDINATION = Pattern.compile("\\s*(?:\\([^)]*\\))?\\s*(?:,|and|et|&)\\s*"
            + "(?:the\\s+|le\\s+|la\\s+|l')?");
    /** "the experts of Kaspersky Lab trained": the organisation behind its people. */
    private static final Pattern PEOPLE_OF = Pattern.compile("\\b(?:experts?|specialistes?|researchers?|chercheurs?|analystes?"
            + "|analysts?|engineers?|ingenieurs?|formateurs?|trainers?|staff|equipes?|teams?|instructors?|investigators?"
            + "|enqueteurs?)\\s+(?:de|d'|du|of|from|at)\\s*(?:the\\s+)?$");
    private static final Map<String, Pattern> SUPPORT_KINDS = new LinkedHashMap<>();

    static {
        SUPPORT_KINDS.put("financial", Pattern.compile("\\b(?:financial\\w*|financier|financiere|financierement|funding|fund|funds"
                + "|funded|financement|finance|financed|contributions? financ\\w*)\\b"));
        SUPPORT_KINDS.put("equipment", Pattern.compile("\\b(?:equipment|hardware|materiel|equipements?|servers|serveurs|computers)\\b"));
        SUPPORT_KINDS.put("technical", Pattern.compile("\\b(?:technical|technique|technology|technologique|tools|outils)\\b"));
        SUPPORT_KINDS.put("operational", Pattern.compile("\\b(?:operational|operationnel|operationnelle)\\b"));
        SUPPORT_KINDS.put("expertise", Pattern.compile("\\b(?:expertise|know-how|savoir-faire)\\b"));
    }

    private static String[] keys(String... k) {
        return k;
    }

    private static final List<Rule> RULES = List.of(
            new Rule("support", Relation.SUPPORTS, keys("support", "back", "assist", "souti", "souten", "appui", "aide"),
                    Pattern.compile("\\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|assist(?:s|ed|ing)?"
                    + "|soutiendr\\w*|souten\\w*|soutient|soutiennent|soutien|appui\\w*|aider\\w*|aidera\\w*)\\b"), ANY, null,
                    ORGS, 0.8),
            new Rule("support-equipment", Relation.SUPPORTS, keys("donat", "equip", "fourni", "provid", "suppl", "dispos", "offer"),
                    Pattern.compile("\\b(?:donat\\w*|equip(?:s|ped|era|e)?|fourni\\w*|provid\\w*|suppl\\w*|offer\\w*"
                    + "|met a disposition|mettra a disposition|a mis a disposition|mis a disposition)\\b"), ANY,
                    Pattern.compile("\\b(?:equipment|hardware|materiel|equipements|servers|serveurs|computers|ordinateurs)\\b"),
                    ORGS, 0.75),
            new Rule("support-financial", Relation.SUPPORTS, keys("contribut", "financ", "fund"),
                    Pattern.compile("\\b(?:contribut\\w*|financ\\w*|fund(?:s|ed|ing)?)\\b"), TO,
                    Pattern.compile("\\b(?:financially|financierement|financial contribution|contribution financiere|funds|funding"
                    + "|financera|finance|finances|financed|funded|fund)\\b"), ORGS, 0.75),
            new Rule("intelligence", Relation.PROVIDES_INTELLIGENCE_TO, keys("provid", "shar", "suppl", "giv", "pass", "feed",
                    "send", "contribut", "fourni", "partag", "transm", "communiqu", "apport"),
                    Pattern.compile("\\b(?:provid\\w*|shar\\w*|suppl\\w*"
                    + "|giv\\w*|pass\\w*|feed\\w*|send\\w*|contribut\\w*|fourni\\w*|fournir\\w*|partag\\w*|transmet\\w*"
                    + "|transmis\\w*|communiqu\\w*|apport\\w*)\\b"), ANY, INTEL, ORGS, 0.8),
            new Rule("dissemination", Relation.DISSEMINATES_TO, keys("dissemin", "distribut", "circulat", "shar", "pass",
                    "forward", "diffus", "transm", "partag", "redistribu", "communiqu"),
                    Pattern.compile("\\b(?:disseminat\\w*|distribut\\w*|circulat\\w*"
                    + "|shar\\w*|pass\\w* on|forward\\w*|diffus\\w*|transmet\\w*|partag\\w*|redistribu\\w*|communiqu\\w*)\\b"),
                    ANY, MEMBERS, ORGS_COUNTRIES, 0.75),
            new Rule("cooperation", Relation.COOPERATES_WITH, keys("operat", "collabor", "work", "partner", "travaill", "cooper"),
                    Pattern.compile("\\b(?:cooperat\\w*|co-operat\\w*|collaborat\\w*"
                    + "|works? (?:\\w+ ){0,2}?(?:with|alongside)|worked (?:\\w+ ){0,2}?(?:with|alongside)|working (?:\\w+ ){0,2}?with"
                    + "|partner(?:s|ed)? with|(?:is|are|as) (?:also )?(?:a |an )?partners? of|cooper\\w*|collabor\\w*"
                    + "|travaill\\w* (?:\\S+ ){0,4}?avec|partenaire d[e']|partenariat avec)"), WITH, null, ORGS, 0.7),
            new Rule("training", Relation.PROVIDES_TRAINING_TO, keys("train", "course", "form", "dispens", "cours"),
                    Pattern.compile("\\b(?:train(?:s|ed|ing)?|(?<!of )courses?"
                    + "|run (?:a series of )?(?:courses|training)|provid\\w* training|deliver\\w* training|formera\\w*"
                    + "|former|forme|formait|a forme|ont forme|formation|formations|dispens\\w*)\\b"), TO, null, ORGS_COUNTRIES, 0.7),
            new Rule("experts", Relation.PROVIDES_EXPERTS_TO, keys("second", "detach", "assign", "deploy", "embed", "post",
                    "send", "dispos", "affect", "envo", "enverr", "deploi"),
                    Pattern.compile("\\b(?:second(?:s|ed|ing|ment)?|detach\\w*"
                    + "|assign\\w*|deploy\\w*|embed\\w*|post(?:s|ed)?|send\\w*|detach\\w*|mettre a (?:la )?disposition"
                    + "|mis a (?:la )?disposition|mettra a (?:la )?disposition|affect\\w*|envoi\\w*|enverra\\w*|deploi\\w*)\\b"),
                    TO, Pattern.compile("\\b(?:researchers?|experts?|analysts?|specialists?|engineers?|staff|officers?"
                    + "|investigators?|chercheurs?|specialistes?|analystes?|ingenieurs?|enqueteurs?|personnel)\\b"), ORGS, 0.75),
            new Rule("membership", Relation.MEMBER_OF, keys("member", "membre", "joined", "rejoint"),
                    Pattern.compile("\\b(?:became (?:the )?(?:\\d+\\w* )?member(?: country| state)? of"
                    + "|member(?: country| state)? of|joined|a rejoint|(?:pays |etat )?membre d[e']|membre du|membre des)"), ANY, null,
                    ORGS, 0.75));

    private RelationRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx) {
        if (sv.spans.isEmpty()) {
            return;
        }
        String s = sv.text(sv.start(), sv.end());
        List<Hit> hits = null;
        for (Rule r : RULES) {
            if (!anyKey(s, r.keys())) {
                continue;
            }
            Matcher m = r.trigger().matcher(s);
            while (m.find()) {
                if (hits == null) {
                    hits = new ArrayList<>();
                }
                hits.add(new Hit(r, sv.start() + m.start(), sv.start() + m.end()));
            }
        }
        if (hits == null) {
            return;
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        int[] ends = clauseEnds(sv, s);
        for (Hit h : hits) {
            fire(sv, ctx, h, ends);
        }
    }

    /** Where the clauses of a sentence end (a semicolon, "and that", "which" ...), in order, then the sentence end. */
    private static int[] clauseEnds(SentenceView sv, String text) {
        Matcher m = CLAUSE_END.matcher(text);
        int[] out = new int[4];
        int n = 0;
        while (m.find()) {
            if (n + 1 >= out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = sv.start() + m.start();
        }
        out[n++] = sv.end();
        return java.util.Arrays.copyOf(out, n);
    }

    static boolean anyKey(String s, String[] keys) {
        for (String k : keys) {
            if (s.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static void fire(SentenceView sv, ReleaseContext ctx, Hit h, int[] ends) {
        Rule r = h.rule();
        int clauseEnd = sv.end();
        for (int e : ends) {
            if (e >= h.end()) {
                clauseEnd = e;
                break;
            }
        }
        if (r.needs() != null && !r.needs().matcher(sv.text(h.start() - 60, Math.min(clauseEnd, h.end() + 160))).find()) {
            return;
        }
        if (r.id().equals("support-equipment")) {
            String near = sv.text(h.end(), Math.min(clauseEnd, h.end() + 60));
            if (!r.needs().matcher(near).find() || INTEL.matcher(near).find()) {
                return;
            }
        }
        if (r.id().equals("support-financial") && PASSIVE.matcher(sv.text(h.start() - 25, h.start())).find()) {
            return; // "EC3 is funded from Europol's budget": the other way round
        }
        String pre = sv.text(h.start() - 45, h.start());
        if (NEGATION.matcher(pre).find() || NEGATION.matcher(sv.text(h.end(), h.end() + 12)).find()
                || HEDGE.matcher(sv.text(h.start() - 70, h.start())).find()) {
            return;
        }
        Span subjSpan = null;
        String subject = subject(sv, ctx, h, r);
        if (subject == null) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        subjects.add(subject);
        subjSpan = sv.before(h.start(), s -> s.id().equals(subject));
        if (subjSpan != null) {
            coordinatedBefore(sv, subjSpan, r.relation() == Relation.MEMBER_OF ? Set.of(EntityType.Country) : ORGS, subjects);
        }
        List<String> objects = objects(sv, ctx, h, r, subjects, clauseEnd);
        if (objects.isEmpty() && r.relation() == Relation.COOPERATES_WITH && subjects.size() > 1) {
            // "X and Y will cooperate"
            objects = List.of(subjects.get(1));
            subjects = List.of(subjects.get(0));
        }
        if (objects.isEmpty()) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        String since = null;
        if (r.relation() == Relation.SUPPORTS) {
            if (r.id().equals("support-equipment")) {
                props.put("kind", "equipment");
            } else if (r.id().equals("support-financial")) {
                props.put("kind", "financial");
            } else {
                String near = sv.text(h.start() - 30, Math.min(clauseEnd, h.end() + 60));
                for (Map.Entry<String, Pattern> k : SUPPORT_KINDS.entrySet()) {
                    if (k.getValue().matcher(near).find()) {
                        props.put("kind", k.getKey());
                        break;
                    }
                }
            }
        }
        if (r.relation() == Relation.DISSEMINATES_TO && objects.get(0).equals(subject)) {
            props.put("scope", "members");
        }
        Matcher y = SINCE.matcher(sv.text(h.end(), sv.end()));
        if (y.find()) {
            since = y.group(1);
        } else if (SINCE_LAST_YEAR.matcher(sv.text(h.end(), sv.end())).find() && ctx.date != null) {
            since = String.valueOf(Integer.parseInt(ctx.date.substring(0, 4)) - 1);
        } else if (r.relation() == Relation.COOPERATES_WITH || r.relation() == Relation.MEMBER_OF) {
            Matcher d = SINCE.matcher(sv.text(h.start() - 30, h.start()));
            if (d.find()) {
                since = d.group(1);
            }
        }
        String method = ctx.language + "." + r.id() + ".v1";
        for (String sub : subjects) {
            for (String o : objects) {
                if (r.relation() == Relation.DISSEMINATES_TO && o.equals(subject)) {
                    o = sub; // to its own members
                }
                ctx.facts.add(sub, r.relation(), o, props, since, null, r.confidence(), method, sv);
            }
        }
        ctx.lastSubject = subject;
    }

    /** Spans coordinated before {@code first}: "Fortinet, Group-IB and Palo Alto Networks". */
    private static void coordinatedBefore(SentenceView sv, Span first, Set<EntityType> types, List<String> out) {
        Span cur = first;
        while (true) {
            Span c = cur;
            Span prev = sv.before(cur.start(), s -> s.end() <= c.start());
            if (prev == null || !types.contains(prev.type()) || prev.object() || prev.possessive()
                    || !SUBJECT_COORDINATION.matcher(sv.text(prev.end(), cur.start())).matches()) {
                return;
            }
            if (!out.contains(prev.id())) {
                out.add(prev.id());
            }
            cur = prev;
        }
    }

    private static final Pattern RELATIVE = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*,?\\s*(?:which|that|who|qui|lequel|laquelle)\\b");

    private static String subject(SentenceView sv, ReleaseContext ctx, Hit h, Rule r) {
        Set<EntityType> types = r.relation() == Relation.MEMBER_OF ? Set.of(EntityType.Country) : ORGS;
        Span nearest = sv.before(h.start(), s -> types.contains(s.type()));
        if (nearest != null && RELATIVE.matcher(sv.text(nearest.end(), h.start())).find()
                && h.start() - nearest.end() < 40) {
            return nearest.id();
        }
        Span cand = sv.before(h.start(), s -> types.contains(s.type()) && !s.object());
        if (cand == null && nearest != null && h.start() - nearest.end() < 60
                && PEOPLE_OF.matcher(sv.text(nearest.start() - 30, nearest.start())).find()) {
            return nearest.id();
        }
        String pre = sv.text(cand != null ? cand.end() : sv.start(), h.start());
        if (FIRST_PERSON.matcher(sv.text(h.start() - 40, h.start())).find() && (cand == null || !quoteFree(pre))) {
            String org = speakerOrg(sv, ctx, h.start());
            if (org != null) {
                return org;
            }
        }
        if (PRONOUN.matcher(sv.text(h.start() - 60, h.start())).find() && ctx.lastSubject != null
                && (cand == null || PRONOUN.matcher(pre).find())) {
            return ctx.lastSubject;
        }
        if (cand == null) {
            return null;
        }
        if (h.start() - cand.end() > 160) {
            return null;
        }
        return cand.id();
    }

    private static boolean quoteFree(String s) {
        return s.indexOf('"') < 0;
    }

    /** The organisation of the person speaking in this paragraph (for "we", "nous"). */
    private static String speakerOrg(SentenceView sv, ReleaseContext ctx, int pos) {
        int idx = ctx.views.indexOf(sv);
        for (int i = idx; i >= 0; i--) {
            SentenceView v = ctx.views.get(i);
            if (v.paragraph != sv.paragraph) {
                break;
            }
            for (Span s : v.spans) {
                if (s.type() == EntityType.Person && ctx.roleOrg.containsKey(s.id())) {
                    return ctx.roleOrg.get(s.id());
                }
            }
        }
        // the attribution may follow the quote
        for (int i = idx + 1; i < ctx.views.size() && i <= idx + 2; i++) {
            SentenceView v = ctx.views.get(i);
            for (Span s : v.spans) {
                if (s.type() == EntityType.Person && ctx.roleOrg.containsKey(s.id())) {
                    return ctx.roleOrg.get(s.id());
                }
            }
        }
        return null;
    }

    private static List<String> objects(SentenceView sv, ReleaseContext ctx, Hit h, Rule r, List<String> subjects,
                                        int clauseEnd) {
        List<String> out = new ArrayList<>();
        String subject = subjects.get(0);
        if (r.relation() == Relation.DISSEMINATES_TO) {
            String after = sv.text(h.end(), Math.min(sv.end(), h.end() + 140));
            Matcher m = MEMBERS.matcher(after);
            if (m.find()) {
                int at = h.end() + m.start();
                for (Span s : sv.after(h.end(), at)) {
                    if (s.isOrg() && !s.id().equals(subject)) {
                        return out;
                    }
                }
                String parent = ctx.typeOf(subject) == EntityType.Centre ? ctx.parentOf(subject) : null;
                out.add(parent != null ? parent : subject);
                return out;
            }
            for (Span s : sv.after(h.end(), Math.min(sv.end(), h.end() + 100))) {
                if (s.type() == EntityType.Country) {
                    out.add(s.id());
                }
            }
            return out;
        }
        List<Span> after = sv.after(h.end(), Math.min(clauseEnd, h.end() + 200));
        Span prev = null;
        int prevEnd = -1;
        for (int i = 0; i < after.size(); i++) {
            Span s = after.get(i);
            if (subjects.contains(s.id())) {
                continue;
            }
            if (prev != null) {
                String gap = sv.text(prevEnd, s.start());
                if (s.type() == EntityType.Country && !r.objectTypes().contains(EntityType.Country)
                        && (s.possessive() || gap.matches("\\s*(?:\\([^)]*\\)\\s*)?(?:du|de|de la|d'|of)\\s*"))) {
                    prevEnd = s.end() + (s.possessive() ? 2 : 0);
                    continue; // "Kenya's Directorate ...", "la NCA du Royaume-Uni"
                }
                if (!COORDINATION.matcher(gap).matches()) {
                    if (s.type() == EntityType.Country && gap.matches("\\s*(?:\\([^)]*\\)\\s*)?(?:du|de|de la|d'|of)\\s*")) {
                        prevEnd = s.end();
                        continue;
                    }
                    break;
                }
            }
            if (!r.objectTypes().contains(s.type())) {
                if (prev == null && (s.type() == EntityType.Person || s.isPlace())) {
                    continue;
                }
                if (prev != null && s.type() == EntityType.Country && s.possessive()) {
                    continue;
                }
                break;
            }
            if (prev == null && r.objectIntro() != null) {
                String before = sv.text(Math.max(h.start(), s.start() - 60), s.start());
                if (!r.objectIntro().matcher(before).find() && r.relation() != Relation.PROVIDES_INTELLIGENCE_TO) {
                    continue;
                }
            }
            if (s.possessive()) {
                // "INTERPOL's Digital Crime Centre": the centre; "INTERPOL's capacity-building work": INTERPOL
                if (i + 1 < after.size() && after.get(i + 1).isOrg()
                        && sv.text(s.end(), after.get(i + 1).start()).matches("'s\\s+(?:[\\p{L}-]+\\s+){0,2}?")) {
                    continue;
                }
                if (prev == null && !ORGS.contains(s.type())) {
                    continue;
                }
            }
            if (r.relation() == Relation.PROVIDES_TRAINING_TO && s.type() == EntityType.Country && prev == null
                    && !sv.text(s.start() - 40, s.start()).matches("(?s).*\\b(?:from|of|de|du|des|d'|venus? d[eu]s?|pays)\\s*"
                    + "(?:(?:the|la|le|les)\\s+|l')?$")) {
                if (prev == null) {
                    continue;
                }
                break;
            }
            out.add(s.id());
            prev = s;
            prevEnd = s.end();
        }
        return out;
    }

}
