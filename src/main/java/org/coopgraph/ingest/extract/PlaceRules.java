package org.coopgraph.ingest.extract;

import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are (LOCATED_IN) and what they belong to (PART_OF), only when the sentence says
 * so. The dateline never places an organisation.
 */
final class PlaceRules {

    private static final Pattern ADJACENT_IN = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?(?:in|at|a|de|d'|en|au)\\s*$");
    private static final Pattern LOCATION_TRIGGER = Pattern.compile("\\b(?:headquartered|based|located|situated|sited"
            + "|housed|opens?|opened|will open|under construction|installed|siege est|siege|situee?s?|installee?s?|etablie?s?"
            + "|implantee?s?|basee?s?|ouvrira|ouvert|s'installera|se trouve|headquarters|offices?|complex|facility"
            + "|futur centre|centre de recherche|held|se tiendra|se tient|s'est tenue?|aura lieu|a eu lieu|took place"
            + "|takes place|will take place|hosted|organised|organized)\\b");
    private static final Pattern PLACE_INTRO = Pattern.compile("(?:\\b(?:in|at|a|en|au|dans)\\s+(?:the\\s+)?$)|\\ba\\s*$");
    private static final Pattern APPOSITION_PART = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?,\\s*(?:the|a|an|le|la|l'|un|une)?\\s*"
            + "(?:[\\p{L}-]+\\s+){0,5}?(?:unit|centre|center|division|department|directorate|arm|branch|complex|lab"
            + "|laboratory|unite|complexe|direction|service|laboratoire|cellule|pole|team|group|organi[sz]ation|part|equipe"
            + "|groupe)\\b[^,;]{0,60}?\\b(?:of|within|at"
            + "|de|du|d'|de l'|de la|au sein de)\\s*(?:the\\s+)?$");
    private static final Pattern APPOSITION_POSS = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?,\\s*(?:the\\s+)?$");
    private static final Pattern POSS_CENTRE = Pattern.compile("^'s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:unit|centre|center"
            + "|division|department|directorate|arm|branch|complex|lab|laboratory|team|organi[sz]ation|group)\\b");
    private static final Pattern WITHIN = Pattern.compile("\\b(?:established|set up|created|based|housed|located|sits?)"
            + " (?:with)?in\\s+(?:the\\s+)?$|\\bau sein (?:d[eu]s?\\s+|de la\\s+|de l'|d')$|\\b(?:within|inside)\\s+(?:the\\s+)?$");
    /** ", which is part of", ", qui relève du", ", rattaché à". */
    private static final Pattern RELATIVE_PART = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:which|that|qui|et qui)\\s+"
            + "(?:(?:is|was|are|est|etait|sont)\\s+)?(?:(?:also|now|aussi|desormais)\\s+)?(?:(?:a |an |the )?part of|a unit of"
            + "|fait partie d[eu']s?|fait partie de la|fait partie de l'|rel[eè]ve d[eu']s?|releve de la|releve de l'|rattachee?s? a"
            + "|rattachee?s? au|rattachee?s? a la|rattachee?s? a l'|depend d[eu']s?|depend de la|depend de l'|reports to"
            + "|placee? sous l'autorite d[eu']s?|placee? au sein d[eu']s?|placee? au sein de la|placee? au sein de l')"
            + "\\s*(?:the\\s+)?$");
    /** "Rattaché à la DNPJ, l'OFAC ...": a fronted participle. */
    private static final Pattern FRONTED = Pattern.compile("^(?:rattachee?s?|placee?s? sous l'autorite|placee?s? au sein|integree?s?"
            + "|attached|part of)\\s+(?:a la|au|aux|a l'|a|de la|du|de l'|d'|de|to the|to|of the|of)\\s*$");
    private static final Pattern AFTER_FRONTED = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?,\\s*(?:the\\s+|le\\s+|la\\s+|l')?$");
    private static final Pattern BASED_AT = Pattern.compile("\\b(?:based|housed|located|sited|hosted|installee?s?|basee?s?|heberge\\w*"
            + "|situee?s?)\\s+(?:at|in|au|a|dans)\\s+(?:the\\s+|le\\s+|la\\s+|l')?$");
    private static final Pattern SEAT_OF = Pattern.compile("\\b(?:siege|headquarters|locaux|offices|head office)\\s+(?:d'|de |du |de la |de l'"
            + "|of )(?:the )?$");
    private static final Pattern UNIT_WORDS = Pattern.compile("\\b(?:secretariat|department|directorate|division|unit|team|bureau"
            + "|direction|departement|unite|equipe|service|office|cell|cellule)\\b");

    private PlaceRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx) {
        List<Span> sp = sv.spans;
        for (int i = 0; i < sp.size(); i++) {
            Span a = sp.get(i);
            if (ctx.inDateline(a.start())) {
                continue;
            }
            if (a.isPlace()) {
                locate(sv, ctx, i);
            }
            if (a.type() == EntityType.Centre || a.type() == EntityType.Organisation) {
                partOf(sv, ctx, i);
            }
        }
    }

    private static void locate(SentenceView sv, ReleaseContext ctx, int i) {
        Span place = sv.spans.get(i);
        if (i > 0) {
            Span prev = sv.spans.get(i - 1);
            String gap = sv.text(prev.end(), place.start());
            boolean thing = prev.type() == EntityType.Centre || prev.type() == EntityType.Event
                    || (prev.type() == EntityType.Organisation && !"company".equals(prev.kind())
                        && !gap.strip().matches("de|d'"));
            boolean seat = prev.isOrg() && SEAT_OF.matcher(sv.text(prev.start() - 30, prev.start())).find();
            if ((thing || seat) && !prev.possessive() && ADJACENT_IN.matcher(gap).matches() && !ctx.inDateline(prev.start())) {
                ctx.facts.add(prev.id(), Relation.LOCATED_IN, place.id(), Map.of(), null, null, 0.75,
                        ctx.language + (seat ? ".place.seat" : ".place.adjacent"), sv);
                // "the unit, based at the IGCI in Singapore": the unit is there too
                if (BASED_AT.matcher(sv.text(prev.start() - 40, prev.start())).find()) {
                    int at = prev.start();
                    Span subj = sv.before(at, s -> s.isOrg() && !s.object() && !s.possessive());
                    if (subj != null && at - subj.end() < 80 && !ctx.inDateline(subj.start())) {
                        ctx.facts.add(subj.id(), Relation.LOCATED_IN, place.id(), Map.of(), null, null, 0.7,
                                ctx.language + ".place.based-at", sv);
                    }
                }
                return;
            }
        }
        String before = sv.text(place.start() - 90, place.start());
        if (!PLACE_INTRO.matcher(before).find()) {
            return;
        }
        Matcher m = LOCATION_TRIGGER.matcher(before);
        int trig = -1;
        String word = null;
        while (m.find()) {
            trig = place.start() - before.length() + m.start();
            word = m.group();
        }
        if (trig < 0) {
            return;
        }
        // between the trigger and the place: no other organisation or place
        for (Span s : sv.spans) {
            if (s.start() > trig && s.end() <= place.start() && (s.isPlace() || s.isOrg()) && s != place) {
                if (!(s.possessive() && word.matches("headquarters|offices?|siege"))) {
                    return;
                }
            }
        }
        Span subj;
        boolean eventWord = word.matches("held|se tiendra|se tient|s'est tenue?|aura lieu|a eu lieu|took place|takes place|will take place");
        if (word.matches("headquarters|offices?")) {
            subj = sv.before(trig, s -> s.isOrg() && s.possessive());
            if (subj == null) {
                subj = sv.before(place.start(), s -> s.isOrg() && s.possessive() && s.start() > 0);
            }
        } else if (eventWord) {
            subj = sv.before(trig, s -> s.type() == EntityType.Event);
        } else {
            subj = sv.before(trig, s -> (s.isOrg() || s.type() == EntityType.Event) && !s.possessive() && !s.object()
                    && !ctx.inDateline(s.start()));
        }
        if (subj == null || ctx.inDateline(subj.start()) || trig - subj.end() > 120) {
            return;
        }
        ctx.facts.add(subj.id(), Relation.LOCATED_IN, place.id(), Map.of(), null, null, 0.75,
                ctx.language + ".place.trigger", sv);
    }

    private static void partOf(SentenceView sv, ReleaseContext ctx, int i) {
        Span c = sv.spans.get(i);
        // "INTERPOL's Digital Crime Centre", "Europol's European Cybercrime Centre", "INTERPOL's General Secretariat"
        if (i > 0 && (c.type() == EntityType.Centre || unitLike(c, ctx))) {
            Span p = sv.spans.get(i - 1);
            if (p.isOrg() && p.possessive() && sv.text(p.end(), c.start()).matches("'s\\s+(?:new\\s+|own\\s+)?")) {
                add(sv, ctx, c.id(), p.id(), "possessive");
            }
        }
        // "Rattaché à la DNPJ, l'OFAC", "Part of Europol, the unit"
        if (i + 1 < sv.spans.size() && FRONTED.matcher(sv.text(sv.start(), c.start())).matches()) {
            Span child = sv.spans.get(i + 1);
            if (child.isOrg() && AFTER_FRONTED.matcher(sv.text(c.end(), child.start())).matches()) {
                add(sv, ctx, child.id(), c.id(), "fronted");
            }
        }
        // ", which is part of X", ", qui relève du X", "établi à Ottawa au sein de X": places may sit between
        for (int j = i + 1; j < sv.spans.size(); j++) {
            Span p = sv.spans.get(j);
            if (p.start() - c.end() > 90 || p.type() == EntityType.Person) {
                break;
            }
            if (!p.isOrg()) {
                continue;
            }
            String gap = sv.text(c.end(), p.start());
            if (RELATIVE_PART.matcher(gap).matches()
                    || (c.type() == EntityType.Centre || unitLike(c, ctx)) && j > i + 1 && WITHIN.matcher(gap).find()
                    && gap.indexOf(';') < 0 && gap.chars().filter(ch -> ch == ',').count() <= 1) {
                add(sv, ctx, c.id(), p.id(), "relative");
            }
            break;
        }
        if (i + 1 < sv.spans.size()) {
            Span p = sv.spans.get(i + 1);
            if (p.isOrg()) {
                String gap = sv.text(c.end(), p.start());
                if (APPOSITION_PART.matcher(gap).matches() || (c.type() == EntityType.Centre && WITHIN.matcher(gap).find()
                        && gap.length() < 40)) {
                    add(sv, ctx, c.id(), p.id(), "apposition");
                } else if (APPOSITION_POSS.matcher(gap).matches() && p.possessive()
                        && POSS_CENTRE.matcher(sv.text(p.end(), p.end() + 60)).find()) {
                    add(sv, ctx, c.id(), p.id(), "apposition-possessive");
                } else if (c.type() == EntityType.Centre && gap.matches("\\s*(?:\\([^)]*\\)\\s*)?(?:of|d'|de l'|du|de la)\\s*(?:the\\s+)?")
                        && p.type() == EntityType.Organisation && !"company".equals(p.kind())) {
                    add(sv, ctx, c.id(), p.id(), "of");
                }
            }
        }
    }

    /** An organisation named as a unit ("General Secretariat", "Department of ..."), not a company. */
    private static boolean unitLike(Span s, ReleaseContext ctx) {
        if (s.type() != EntityType.Organisation || "company".equals(s.kind())) {
            return false;
        }
        EntityTable.Slot slot = ctx.table.get(s.id());
        return slot != null && UNIT_WORDS.matcher(org.coopgraph.ingest.text.Normalise.key(slot.name)).find();
    }

    static void add(SentenceView sv, ReleaseContext ctx, String child, String parent, String rule) {
        if (child.equals(parent) || parent.equals(ctx.parentOfChild(parent, child))) {
            return;
        }
        ctx.facts.add(child, Relation.PART_OF, parent, Map.of(), null, null, 0.8, ctx.language + ".partof." + rule, sv);
    }
}
