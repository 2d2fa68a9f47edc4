package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Dates;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HOLDS_ROLE from appositions, both orders, both languages: "TITLE of ORG, NAME",
 * "NAME, TITLE of ORG", "NAME, TITLE of WORDS at ORG", "ORG('s) TITLE NAME", "NAME, ORG's TITLE",
 * "NAME, who heads ORG"; from verbs: appointments ("appointed/named/elected as", "a été nommé",
 * "takes office as", "prendra ses fonctions de", "au poste de") give a {@code since}; copulas
 * ("was", "était", "served as", "occupait le poste de") a past role; successions ("succeeds X",
 * "succède à X") give X the successor's role, past. Titles are stored canonical (English) with the
 * stated words beside them.
 */
final class RoleRules {

    private static final String T = "(" + Lexicon.TITLE + ")";
    private static final String OF = "\\s+(?:of|at|for|with|du|de la|de l'|des|de|d'|chez|aupres de|au sein de|au sein du"
            + "|au sein des|au sein d'|of the|within)\\s*(?:the\\s+)?(?:(?:societe|company|firm|entreprise|firme|groupe)\\s+)?";
    /** A title's own complement: "Director of Security Sales for ASEAN", "Head of Operations". */
    private static final String EXT = "(?:\\s+(?:of|for|in charge of|charge de|chargee? de|pour)\\s+[^,;\"()]{1,50}?)?";
    /** A unit named inside the title phrase before the organisation: "au sein de l'équipe X (GReAT) de". */
    private static final String WITHIN_CLAUSE = "(?:\\s+(?:au sein d[eu]s?|au sein d'|within|in)\\s+[^,;\"]{1,70}?)?";
    private static final String PAST = "(" + Lexicon.PAST + ")";
    /** Before ORG, in "TITLE of ORG, NAME". */
    private static final Pattern TITLE_OF = Pattern.compile("(?:" + PAST + "\\s+)?" + T + OF + "$");
    /** Between ORG and NAME in "TITLE of ORG, NAME". */
    private static final Pattern ORG_TO_NAME = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*[,:\\-]?\\s*$");
    /** Between NAME and ORG in "NAME, TITLE of ORG". */
    private static final Pattern NAME_TITLE_OF = Pattern.compile("^\\s*[,(\\-]\\s*(?:(?:the|le|la|l'|its|son|sa|then|now)\\s+)?"
            + "(?:" + PAST + "\\s+)?(" + Lexicon.TITLE + EXT + ")" + WITHIN_CLAUSE + OF + "$");
    /** Between ORG and NAME in "ORG('s) TITLE NAME". */
    private static final Pattern ORG_TITLE_NAME = Pattern.compile("^(?:'s?)?\\s+(?:" + PAST + "\\s+)?" + T + "\\s*,?\\s*$");
    /** After ORG in "NAME, ORG's TITLE" / "NAME, INTERPOL Director of Cybercrime, said". */
    private static final Pattern ORG_POSS_TITLE = Pattern.compile("^(?:'s)?\\s+(?:" + PAST + "\\s+)?(" + Lexicon.TITLE
            + "(?:\\s+(?:of|for)\\s+[\\p{L}\\- ]{1,40}?)?)(?=\\s*[,.;:)\"]|\\s*$|\\s+(?:said|says|told|added|explained|noted"
            + "|a declare|a ajoute|a souligne|a precise)\\b)");
    private static final Pattern NAME_COMMA_THE = Pattern.compile("^\\s*,\\s*(?:" + PAST + "\\s+)?(?:the\\s+)?$");
    private static final Pattern WHO_HEADS = Pattern.compile("^\\s*,\\s*(?:who|qui)\\s+(?:(?:currently|now|actuellement)\\s+)?"
            + "(heads|leads|directs|runs|chairs|headed|led|dirige|preside|dirigeait|a dirige)\\s+(?:the\\s+|le\\s+|la\\s+|l')?$");
    /** Verbs between a person and a title: appointments, copulas, taking office. */
    private static final Pattern VERB_TITLE = Pattern.compile("^\\s*(?:,\\s*(?:who|qui)\\s+)?(?:[\\p{L}'\\-]+\\s+){0,2}?"
            + "(?:(?<new>(?:has been |have been |was |will be |is to be |a ete |sera |est |ont ete |vient d'etre )?"
            + "(?:appointed|named|elected|designated|nommee?|elue?|designee?)|takes office|took office|will take office"
            + "|takes up (?:the post|office|(?:his|her) (?:post|duties))|will take up (?:the post|office|(?:his|her) (?:post|duties))"
            + "|prendra|prend|a pris|entre en fonction|entrera en fonction|becomes|became|will become|devient|deviendra"
            + "|est devenue?|joins as|rejoint)"
            + "|(?<past>was|had been|served|has served|formerly|etait|avait ete|a occupe|occupait|a ete|fut|a exerce|exercait)"
            + "|(?<present>is|est|serves|currently serves|occupe|exerce))"
            + "(?:\\s+[^,;.\"]{0,40}?)??\\s+(?:(?:as|comme|au poste de|en qualite de|en tant que|ses fonctions de|ses nouvelles fonctions de"
            + "|le poste de|la fonction de|les fonctions de|the post of|the role of|the position of)\\s+)?"
            + "(?:(?:the|its|le|la|son|sa)\\s+|l')?(" + Lexicon.TITLE + EXT + ")" + OF + "$");
    /** "the appointment of NAME as TITLE of ORG", "élu NAME au poste de TITLE de ORG". */
    private static final Pattern AS_TITLE = Pattern.compile("^\\s*(?:,[^,;]{0,40},\\s*)?(?:as|comme|au poste de|en qualite de"
            + "|en tant que|to the post of|to the position of)\\s+(?:(?:the|le|la)\\s+|l')?(" + Lexicon.TITLE + EXT + ")" + OF + "$");
    private static final Pattern APPOINT_BEFORE = Pattern.compile("\\b(?:appoint\\w*|nam(?:ed|es|ing)|elect\\w*|elu\\w*|elit|nomm\\w*"
            + "|nomination|designat\\w*|design\\w*)\\b");
    private static final Pattern SUCCEEDS = Pattern.compile("\\b(?:succeeds|succeeded|will succeed|replaces|replaced|takes over from"
            + "|took over from|succede|succedera|a succede|remplace|remplacera|a remplace)\\s+(?:a |au |a la |the |le |la )?"
            + "(?:[\\p{L}'\\-]+\\s+){0,2}?$");
    private static final Pattern UNTIL = Pattern.compile("\\b(?:until|till|to|a|jusqu'en|jusqu'a|-)\\s+(?:(?:\\d{1,2}(?:er)?\\s+)?"
            + "\\p{L}+\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern FROM_YEAR = Pattern.compile("\\b(?:since|depuis|from|de|des|in|en)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern SENTENCE_PRONOUN = Pattern.compile("^(?:[\\p{L}, ]{0,30}?,\\s*)?(?:she|he|il|elle)\\b");
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile("(?:m|mr|mrs|ms|mme|mlle|dr|prof|professor|sir|monsieur"
            + "|madame)\\.?\\s+$");

    private RoleRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx) {
        List<Span> sp = sv.spans;
        for (int i = 0; i < sp.size(); i++) {
            Span p = sp.get(i);
            if (p.type() != EntityType.Person) {
                continue;
            }
            apposition(sv, ctx, sp, i, p);
            verbs(sv, ctx, sp, i, p, p.end());
            ctx.lastPerson = p.id();
        }
        // "She was ...", "Il succède à ..." with a person named in an earlier sentence
        if (ctx.lastPerson != null && (sp.isEmpty() || sp.get(0).type() != EntityType.Person)) {
            Matcher m = SENTENCE_PRONOUN.matcher(sv.text(sv.start(), Math.min(sv.end(), sv.start() + 50)));
            if (m.find()) {
                Span pseudo = new Span(sv.start() + m.start(), sv.start() + m.end(), ctx.lastPerson, EntityType.Person, null,
                        "", false, false, false);
                verbs(sv, ctx, sp, -1, pseudo, sv.start() + m.end());
            }
        }
        successions(sv, ctx);
    }

    private static void apposition(SentenceView sv, ReleaseContext ctx, List<Span> sp, int i, Span p) {
        // TITLE of ORG, NAME  /  ORG('s) TITLE NAME
        if (i > 0 && sp.get(i - 1).isOrg()) {
            Span o = sp.get(i - 1);
            String between = sv.text(o.end(), honorificStart(sv, p));
            if (ORG_TO_NAME.matcher(between).matches()) {
                int end = o.start();
                // "The Chief Executive of Singapore's Cyber Security Agency (CSA), David Koh"
                if (i > 1 && sp.get(i - 2).isPlace() && sp.get(i - 2).possessive()
                        && sv.text(sp.get(i - 2).end(), o.start()).matches("'s\\s+")) {
                    end = sp.get(i - 2).start();
                }
                int from = Math.max(sv.start(), end - 120);
                Matcher m = TITLE_OF.matcher(sv.text(from, end));
                if (m.find()) {
                    role(sv, ctx, p, o, from + m.start(2), from + m.end(2), m.group(1) != null, null, null,
                            "role.title-of-org-name");
                    return;
                }
            }
            Matcher m = ORG_TITLE_NAME.matcher(between);
            if (m.matches()) {
                role(sv, ctx, p, o, o.end() + m.start(2), o.end() + m.end(2), m.group(1) != null, null, null,
                        "role.org-title-name");
                return;
            }
        }
        // NAME, TITLE of ORG  /  NAME, ORG's TITLE  /  NAME, who heads ORG
        if (i + 1 < sp.size() && sp.get(i + 1).isOrg()) {
            Span o = sp.get(i + 1);
            String between = sv.text(p.end(), o.start());
            Matcher m = NAME_TITLE_OF.matcher(between);
            if (m.matches()) {
                role(sv, ctx, p, o, p.end() + m.start(2), p.end() + m.end(2), m.group(1) != null, null, null,
                        "role.name-title-of-org");
                return;
            }
            Matcher c = NAME_COMMA_THE.matcher(between);
            if (c.matches()) {
                Matcher t = ORG_POSS_TITLE.matcher(sv.text(o.end(), sv.end()));
                if (t.lookingAt()) {
                    role(sv, ctx, p, o, o.end() + t.start(2), o.end() + t.end(2), c.group(1) != null || t.group(1) != null,
                            null, null, "role.name-org-title");
                    return;
                }
            }
            Matcher w = WHO_HEADS.matcher(between);
            if (w.matches() && !ctx.hasRole(p.id(), o.id())) {
                boolean past = w.group(1).matches("headed|led|dirigeait|a dirige");
                String[] years = years(sv, o.end(), past);
                role(sv, ctx, p, o, -1, -1, past, past ? years[0] : null, past ? years[1] : null, "role.who-heads");
            }
        }
    }

    /** Appointments, copulas and "as TITLE" between a person and the next organisation. */
    private static void verbs(SentenceView sv, ReleaseContext ctx, List<Span> sp, int i, Span p, int from) {
        Span o = null;
        for (Span s : sp) {
            if (s.start() >= from) {
                if (s.type() == EntityType.Person) {
                    return;
                }
                if (s.isOrg()) {
                    o = s;
                    break;
                }
            }
        }
        if (o == null || o.start() - from > 160 || ctx.hasRole(p.id(), o.id())) {
            return;
        }
        String between = sv.text(from, o.start());
        Matcher m = VERB_TITLE.matcher(between);
        if (m.matches()) {
            boolean isNew = m.group("new") != null;
            boolean past = m.group("past") != null;
            String[] years = years(sv, o.end(), past);
            String since = isNew ? newSince(sv, ctx) : years[0];
            role(sv, ctx, p, o, from + m.start(m.groupCount()), from + m.end(m.groupCount()), past, since,
                    past ? years[1] : null, isNew ? "role.appointed" : past ? "role.was" : "role.is");
            if (isNew) {
                ctx.lastAppointed = p.id();
            }
            return;
        }
        Matcher a = AS_TITLE.matcher(between);
        if (a.matches() && p.start() > sv.start()
                && APPOINT_BEFORE.matcher(sv.text(p.start() - 90, p.start())).find()) {
            role(sv, ctx, p, o, from + a.start(1), from + a.end(1), false, newSince(sv, ctx), null, "role.appointed-as");
            ctx.lastAppointed = p.id();
        }
    }

    /** "X succeeds Y", "il succède à M. Y": Y held the successor's new role, and no longer does. */
    private static void successions(SentenceView sv, ReleaseContext ctx) {
        for (Span y : sv.spans) {
            if (y.type() != EntityType.Person || y.start() - sv.start() < 5) {
                continue;
            }
            int hs = honorificStart(sv, y);
            if (!SUCCEEDS.matcher(sv.text(hs - 50, hs)).find()) {
                continue;
            }
            Span x = sv.before(hs, s -> s.type() == EntityType.Person);
            String successor = x != null ? x.id() : ctx.lastAppointed != null ? ctx.lastAppointed : ctx.lastPerson;
            ReleaseContext.Role r = successor == null ? null : ctx.newestRole(successor);
            if (r == null || successor.equals(y.id()) || ctx.hasRole(y.id(), r.org())) {
                continue;
            }
            Matcher u = UNTIL.matcher(sv.text(y.end(), sv.end()));
            String until = u.find() ? u.group(1) : r.since();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("title", r.title());
            props.put("titleAsStated", r.stated());
            props.put("past", true);
            if (until != null) {
                props.put("until", until);
            }
            ctx.facts.add(y.id(), Relation.HOLDS_ROLE, r.org(), props, null, until, 0.7, ctx.language + ".role.succeeds", sv);
            ctx.addRole(y.id(), new ReleaseContext.Role(r.org(), r.title(), r.stated(), null, true));
        }
    }

    /** Since and until years stated after a past or present role: "from 2018 until May 2021", "de 2000 à 2014", "depuis 2012". */
    private static String[] years(SentenceView sv, int from, boolean past) {
        String rest = sv.text(from, Math.min(sv.end(), from + 80));
        String since = null;
        String until = null;
        Matcher f = FROM_YEAR.matcher(sv.text(sv.start(), Math.min(sv.end(), from + 80)));
        if (f.find()) {
            since = f.group(1);
        }
        if (past) {
            Matcher u = UNTIL.matcher(rest);
            if (u.find()) {
                until = u.group(1);
            }
        }
        return new String[] {since, until};
    }

    /** When a new role starts: the first date of the sentence, else the release's year. */
    private static String newSince(SentenceView sv, ReleaseContext ctx) {
        for (Dates.DateSpan d : Dates.find(sv.sentence.text(), false)) {
            return d.from().substring(0, 4);
        }
        Matcher y = Pattern.compile("\\b((?:19|20)\\d\\d)\\b").matcher(sv.text(sv.start(), sv.end()));
        if (y.find()) {
            return y.group(1);
        }
        return ctx.date != null && ctx.date.length() >= 4 ? ctx.date.substring(0, 4) : null;
    }

    /** Where a person's honorific starts ("M. Noble" starts at "M."), so gaps do not contain it. */
    private static int honorificStart(SentenceView sv, Span p) {
        if (!p.honorific()) {
            return p.start();
        }
        String before = sv.text(p.start() - 12, p.start());
        Matcher m = HONORIFIC_BEFORE.matcher(before);
        return m.find() ? p.start() - (before.length() - m.start()) : p.start();
    }

    private static void role(SentenceView sv, ReleaseContext ctx, Span person, Span org, int titleStart, int titleEnd,
                             boolean past, String since, String until, String rule) {
        String stated;
        if (titleStart < 0) {
            stated = rule.endsWith("who-heads") ? ("fr".equals(ctx.language) ? "dirigeant" : "Head") : "";
        } else {
            stated = sv.body.substring(titleStart, titleEnd).strip().replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
        if (stated.isEmpty()) {
            return;
        }
        String title = Titles.canonical(stated);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("title", title);
        props.put("titleAsStated", stated);
        if (past) {
            props.put("past", true);
            if (until != null) {
                props.put("until", until);
            }
        }
        String method = ctx.language + "." + rule;
        ctx.facts.add(person.id(), Relation.HOLDS_ROLE, org.id(), props, since, past ? until : null, past ? 0.7 : 0.85,
                method, sv);
        ctx.addRole(person.id(), new ReleaseContext.Role(org.id(), title, stated, since, past));
        if (!past) {
            ctx.roleOrg.putIfAbsent(person.id(), org.id());
        }
    }
}
