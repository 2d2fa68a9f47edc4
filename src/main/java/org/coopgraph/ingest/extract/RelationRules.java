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
 * (or a pronoun's antecedent) and the object after it, both located by type. Triggers are read
 * in sentence order so that "elle" / "it" take the latest subject.
 */
final class RelationRules {

    /** One trigger: its rule id, relation, pattern, and what the object must be preceded by. */
    private record Rule(String id, Relation relation, Pattern trigger, Pattern objectIntro, Pattern needs,
                        Set<EntityType> objectTypes, double confidence) {
    }

    private record Hit(Rule rule, int start, int end) {
    }

    private static final Set<EntityType> ORGS = Set.of(EntityType.Organisation, EntityType.Centre);
    private static final Set<EntityType> ORGS_COUNTRIES = Set.of(EntityType.Organisation, EntityType.Centre,
            EntityType.Country);
    private static final Pattern ANY = null;
    private static final Pattern TO = Pattern.compile("\\b(?:to|for|with|a|au|aux|aupres d[eu]s?|avec|pour|au profit d[eu]s?"
            + "|a la|a l'|de|du)\\b|\\ba l'|\\bau\\b");
    private static final Pattern WITH = Pattern.compile("\\b(?:with|alongside|of|avec|de|du|d'|aupres d[eu]s?|a|au|aux|and|et)\\b|\\bd'");
    private static final Pattern INTEL = Pattern.compile("\\b(?:intelligence|threat data|threat information|threat feeds?"
            + "|indicators of compromise|data on (?:threats|malware|botnets)|information on (?:threats|malware|botnets|attacks)"
            + "|renseignements?|informations? sur les (?:menaces|logiciels malveillants)|donnees sur les menaces)\\b");
    private static final Pattern MEMBERS = Pattern.compile("\\b(?:its|their|ses|leurs|the|les|aux|des|de ses)?\\s*(?:\\d+\\s+)?"
            + "(?:eu\\s+)?(?:member countries|member states|pays membres|etats membres)\\b");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no longer|ne|jamais|refused|declined|nor)\\b|n't\\b|\\bn'");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:discuss\\w*|explor\\w*|consider\\w*|envisag\\w*|could|might"
            + "|may|would like|hope\\w*|seek\\w*|pourrai\\w*|souhait\\w*|espere\\w*|propos\\w*|whether|si)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:it|they|elle|il|ils|elles|qu'elle|qu'il|the company"
            + "|la societe)\\s+(?:\\w+\\s+){0,3}$|\\bqu'(?:elle|il)\\b[^,;]*$");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|our|us|nous|notre|nos)\\b");
    private static final Pattern SINCE = Pattern.compile("\\b(?:in|en|from|by|des|a partir de|starting in|as of|as from"
            + "|au printemps|in spring|d'ici)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile(";|\\bet qu'|\\band that\\b|\\bwhile\\b|\\bwhereas\\b"
            + "|\\balors que\\b|\\btandis que\\b");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:\\([^)]*\\))?\\s*(?:,|and|et|as well as|ainsi que|&)\\s*"
            + "(?:with\\s+|avec\\s+|the\\s+|le\\s+|la\\s+|l'|les\\s+)?");
    private static final Map<String, Pattern> SUPPORT_KINDS = new LinkedHashMap<>();

    static {
        SUPPORT_KINDS.put("technical", Pattern.compile("\\b(?:technical|technique|technology|technologique|tools|outils)\\b"));
        SUPPORT_KINDS.put("financial", Pattern.compile("\\b(?:financial|financier|financiere|funding|fund|funds|financement|contributions?)\\b"));
        SUPPORT_KINDS.put("equipment", Pattern.compile("\\b(?:equipment|hardware|materiel|equipements?)\\b"));
        SUPPORT_KINDS.put("operational", Pattern.compile("\\b(?:operational|operationnel|operationnelle)\\b"));
        SUPPORT_KINDS.put("expertise", Pattern.compile("\\b(?:expertise|know-how|savoir-faire)\\b"));
    }

    private static final List<Rule> RULES = List.of(
            new Rule("support", Relation.SUPPORTS, Pattern.compile("\\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|assist(?:s|ed|ing)?"
                    + "|soutiendr\\w*|souten\\w*|soutient|soutiennent|soutien|appui|aider\\w*|aidera\\w*)\\b"), ANY, null,
                    ORGS, 0.8),
            new Rule("intelligence", Relation.PROVIDES_INTELLIGENCE_TO, Pattern.compile("\\b(?:provid\\w*|shar\\w*|suppl\\w*"
                    + "|giv\\w*|pass\\w*|feed\\w*|send\\w*|contribut\\w*|fourni\\w*|fournir\\w*|partag\\w*|transmet\\w*"
                    + "|transmis\\w*|communiqu\\w*|apport\\w*)\\b"), ANY, INTEL, ORGS, 0.8),
            new Rule("dissemination", Relation.DISSEMINATES_TO, Pattern.compile("\\b(?:disseminat\\w*|distribut\\w*|circulat\\w*"
                    + "|shar\\w*|pass\\w* on|forward\\w*|diffus\\w*|transmet\\w*|partag\\w*|redistribu\\w*|communiqu\\w*)\\b"),
                    ANY, MEMBERS, ORGS_COUNTRIES, 0.75),
            new Rule("cooperation", Relation.COOPERATES_WITH, Pattern.compile("\\b(?:cooperat\\w*|co-operat\\w*|collaborat\\w*"
                    + "|works? (?:closely )?(?:with|alongside)|worked (?:closely )?with|working (?:closely )?with"
                    + "|partner(?:s|ed)? with|(?:is|are|as) (?:also )?(?:a |an )?partners? of|cooper\\w*|collabor\\w*"
                    + "|travaill\\w* (?:etroitement )?avec|partenaire d[e']|partenariat avec)"), WITH, null, ORGS, 0.7),
            new Rule("training", Relation.PROVIDES_TRAINING_TO, Pattern.compile("\\b(?:train(?:s|ed|ing)?|courses? for"
                    + "|run (?:a series of )?(?:courses|training)|provid\\w* training|deliver\\w* training|formera\\w*"
                    + "|former|formation|formations|dispens\\w*)\\b"), TO, null, ORGS, 0.7),
            new Rule("experts", Relation.PROVIDES_EXPERTS_TO, Pattern.compile("\\b(?:second(?:s|ed|ing|ment)?|detach\\w*"
                    + "|assign\\w*|deploy\\w*|embed\\w*|post(?:s|ed)?|send\\w*|detach\\w*|mettre a (?:la )?disposition"
                    + "|mis a (?:la )?disposition|mettra a (?:la )?disposition|affect\\w*|envoi\\w*|enverra\\w*|deploi\\w*)\\b"),
                    TO, Pattern.compile("\\b(?:researchers?|experts?|analysts?|specialists?|engineers?|staff|officers?"
                    + "|investigators?|chercheurs?|specialistes?|analystes?|ingenieurs?|enqueteurs?|personnel)\\b"), ORGS, 0.75),
            new Rule("membership", Relation.MEMBER_OF, Pattern.compile("\\b(?:became (?:the )?(?:\\d+\\w* )?member(?: country| state)? of"
                    + "|(?:is|as) (?:a |the )?member(?: country| state)? of|joined|a rejoint|est devenu\\w* (?:le \\d+\\w* )?"
                    + "(?:pays )?membre d[e']|devient (?:le \\d+\\w* )?(?:pays )?membre d[e'])"), ANY, null, ORGS, 0.75));

    private RelationRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx) {
        String s = sv.text(sv.start(), sv.end());
        List<Hit> hits = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.trigger().matcher(s);
            while (m.find()) {
                hits.add(new Hit(r, sv.start() + m.start(), sv.start() + m.end()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        for (Hit h : hits) {
            fire(sv, ctx, h);
        }
    }

    private static void fire(SentenceView sv, ReleaseContext ctx, Hit h) {
        Rule r = h.rule();
        int clauseEnd = clauseEnd(sv, h.end());
        String window = sv.text(h.start() - 120, clauseEnd);
        if (r.needs() != null && !r.needs().matcher(sv.text(h.start() - 60, Math.min(clauseEnd, h.end() + 160))).find()) {
            return;
        }
        String pre = sv.text(h.start() - 45, h.start());
        if (NEGATION.matcher(pre).find() || NEGATION.matcher(sv.text(h.end(), h.end() + 12)).find()
                || HEDGE.matcher(sv.text(h.start() - 70, h.start())).find()) {
            return;
        }
        String subject = subject(sv, ctx, h, r);
        if (subject == null) {
            return;
        }
        List<String> objects = objects(sv, ctx, h, r, subject, clauseEnd);
        if (objects.isEmpty() && r.relation() == Relation.COOPERATES_WITH) {
            // "X and Y will cooperate"
            Span subj = sv.before(h.start(), s -> s.id().equals(subject));
            Span other = subj == null ? null : sv.before(subj.start(), s -> ORGS.contains(s.type()));
            if (other != null && sv.text(other.end(), subj.start()).matches("\\s*(?:\\([^)]*\\))?\\s*(?:and|et|&)\\s*(?:the\\s+|la\\s+|le\\s+|l')?")) {
                objects = List.of(other.id());
            }
        }
        if (objects.isEmpty()) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        String since = null;
        if (r.relation() == Relation.SUPPORTS) {
            String near = sv.text(h.start() - 30, Math.min(clauseEnd, h.end() + 60));
            for (Map.Entry<String, Pattern> k : SUPPORT_KINDS.entrySet()) {
                if (k.getValue().matcher(near).find()) {
                    props.put("kind", k.getKey());
                    break;
                }
            }
        }
        if (r.relation() == Relation.DISSEMINATES_TO && objects.get(0).equals(subject)) {
            props.put("scope", "members");
        }
        if (r.relation() != Relation.COOPERATES_WITH) {
            Matcher y = SINCE.matcher(sv.text(h.end(), sv.end()));
            if (y.find()) {
                since = y.group(1);
            }
        }
        String method = ctx.language + "." + r.id() + ".v1";
        for (String o : objects) {
            ctx.facts.add(subject, r.relation(), o, props, since, null, r.confidence(), method, sv);
        }
        ctx.lastSubject = subject;
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
        for (int i = ctx.views.indexOf(sv); i >= 0; i--) {
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
        int idx = ctx.views.indexOf(sv);
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

    private static List<String> objects(SentenceView sv, ReleaseContext ctx, Hit h, Rule r, String subject, int clauseEnd) {
        List<String> out = new ArrayList<>();
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
        Span prev = null;
        for (Span s : sv.after(h.end(), Math.min(clauseEnd, h.end() + 200))) {
            if (s.id().equals(subject)) {
                continue;
            }
            if (prev != null) {
                String gap = sv.text(prev.end(), s.start());
                if (!COORDINATION.matcher(gap).matches()) {
                    break;
                }
            }
            if (!r.objectTypes().contains(s.type())) {
                if (prev == null && (s.type() == EntityType.Person || s.isPlace())) {
                    continue;
                }
                break;
            }
            if (prev == null && r.objectIntro() != null) {
                String between = sv.text(h.start(), s.start());
                if (!r.objectIntro().matcher(between).find()) {
                    if (r.relation() != Relation.PROVIDES_INTELLIGENCE_TO) {
                        continue;
                    }
                }
            }
            if (prev == null && s.possessive()) {
                continue;
            }
            out.add(s.id());
            prev = s;
        }
        return out;
    }

    /** Where the clause of a trigger ends: a semicolon, a closing quote, or the next "and that". */
    private static int clauseEnd(SentenceView sv, int from) {
        String rest = sv.text(from, sv.end());
        Matcher m = CLAUSE_END.matcher(rest);
        return m.find() ? from + m.start() : sv.end();
    }
}
