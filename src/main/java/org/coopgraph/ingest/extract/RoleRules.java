package org.coopgraph.ingest.extract;

import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HOLDS_ROLE from appositions, both orders, both languages: "TITLE of ORG, NAME",
 * "NAME, TITLE of ORG", "ORG('s) TITLE NAME", "NAME, ORG's TITLE", "NAME, who heads ORG".
 */
final class RoleRules {

    private static final String T = "(" + Lexicon.TITLE + ")";
    private static final String OF = "\\s+(?:of|at|for|with|du|de la|de l'|des|de|d'|chez|aupres de|au sein de|of the)\\s*(?:the\\s+)?";
    /** Before ORG, in "TITLE of ORG, NAME". */
    private static final Pattern TITLE_OF = Pattern.compile("(?:(" + Lexicon.PAST + ")\\s+)?" + T + OF + "$");
    /** Between ORG and NAME in "TITLE of ORG, NAME". */
    private static final Pattern ORG_TO_NAME = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*[,:\\-]?\\s*$");
    /** Between NAME and ORG in "NAME, TITLE of ORG". */
    private static final Pattern NAME_TITLE_OF = Pattern.compile("^\\s*[,(\\-]\\s*(?:(?:the|le|la|l'|its|son|sa|then|now)\\s+)?"
            + "(?:(" + Lexicon.PAST + ")\\s+)?" + T + OF + "$");
    /** Between ORG and NAME in "ORG('s) TITLE NAME". */
    private static final Pattern ORG_TITLE_NAME = Pattern.compile("^(?:'s?)?\\s+(?:(" + Lexicon.PAST + ")\\s+)?" + T + "\\s*,?\\s*$");
    /** After ORG in "NAME, ORG's TITLE". */
    private static final Pattern ORG_POSS_TITLE = Pattern.compile("^(?:'s)?\\s+(?:(" + Lexicon.PAST + ")\\s+)?" + T + "\\b");
    private static final Pattern NAME_COMMA_THE = Pattern.compile("^\\s*,\\s*(?:(" + Lexicon.PAST + ")\\s+)?(?:the\\s+)?$");
    private static final Pattern WHO_HEADS = Pattern.compile("^\\s*,\\s*(?:who|qui)\\s+(?:(?:currently|now|actuellement)\\s+)?"
            + "(heads|leads|directs|runs|chairs|headed|led|dirige|preside|dirigeait|a dirige)\\s+(?:the\\s+|le\\s+|la\\s+|l')?$");

    private RoleRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx) {
        List<Span> sp = sv.spans;
        for (int i = 0; i < sp.size(); i++) {
            Span p = sp.get(i);
            if (p.type() != EntityType.Person) {
                continue;
            }
            // TITLE of ORG, NAME  /  ORG('s) TITLE NAME
            if (i > 0 && sp.get(i - 1).isOrg()) {
                Span o = sp.get(i - 1);
                String between = sv.text(o.end(), honorificStart(sv, p));
                if (ORG_TO_NAME.matcher(between).matches()) {
                    Matcher m = TITLE_OF.matcher(sv.text(o.start() - 120, o.start()));
                    if (m.find()) {
                        role(sv, ctx, p, o, m.group(2), m.group(1) != null, "role.title-of-org-name");
                        continue;
                    }
                }
                Matcher m = ORG_TITLE_NAME.matcher(between);
                if (m.matches()) {
                    role(sv, ctx, p, o, m.group(2), m.group(1) != null, "role.org-title-name");
                    continue;
                }
            }
            // NAME, TITLE of ORG  /  NAME, ORG's TITLE  /  NAME, who heads ORG
            if (i + 1 < sp.size() && sp.get(i + 1).isOrg()) {
                Span o = sp.get(i + 1);
                String between = sv.text(p.end(), o.start());
                Matcher m = NAME_TITLE_OF.matcher(between);
                if (m.matches()) {
                    role(sv, ctx, p, o, m.group(2), m.group(1) != null, "role.name-title-of-org");
                    continue;
                }
                Matcher c = NAME_COMMA_THE.matcher(between);
                if (c.matches()) {
                    Matcher t = ORG_POSS_TITLE.matcher(sv.text(o.end(), sv.end()));
                    if (t.find()) {
                        role(sv, ctx, p, o, t.group(2), c.group(1) != null || t.group(1) != null, "role.name-org-title");
                        continue;
                    }
                }
                Matcher w = WHO_HEADS.matcher(between);
                if (w.matches()) {
                    boolean past = w.group(1).matches("headed|led|dirigeait|a dirige");
                    role(sv, ctx, p, o, "fr".equals(ctx.language) ? "dirigeant" : "Head", past, "role.who-heads");
                }
            }
        }
    }

    /** Where a person's honorific starts ("M. Noble" starts at "M."), so gaps do not contain it. */
    private static int honorificStart(SentenceView sv, Span p) {
        if (!p.honorific()) {
            return p.start();
        }
        String before = sv.text(p.start() - 12, p.start());
        Matcher m = Pattern.compile("(?:m|mr|mrs|ms|mme|mlle|dr|prof|professor|sir|monsieur|madame)\\.?\\s+$").matcher(before);
        return m.find() ? p.start() - (before.length() - m.start()) : p.start();
    }

    private static void role(SentenceView sv, ReleaseContext ctx, Span person, Span org, String foldedTitle,
                             boolean past, String rule) {
        String title = original(sv, foldedTitle, org.start());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("title", title);
        if (past) {
            props.put("past", true);
        }
        String method = ctx.language + "." + rule;
        ctx.facts.add(person.id(), Relation.HOLDS_ROLE, org.id(), props, null, null, past ? 0.7 : 0.85, method, sv);
        if (!past) {
            ctx.roleOrg.putIfAbsent(person.id(), org.id());
        }
    }

    /** The title as written: find the folded title in the sentence nearest to the organisation. */
    private static String original(SentenceView sv, String foldedTitle, int near) {
        String t = foldedTitle.strip();
        int best = -1;
        int from = sv.start();
        while (true) {
            int i = sv.folded.indexOf(t, from);
            if (i < 0 || i >= sv.end()) {
                break;
            }
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) {
                best = i;
            }
            from = i + 1;
        }
        return best < 0 ? t : sv.body.substring(best, best + t.length());
    }
}
