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
            + "|housed|opens?|opened|will open|under construction|installed|siege est|siege|situee?s?|installee?s?"
            + "|implantee?s?|basee?s?|ouvrira|ouvert|s'installera|se trouve|headquarters|offices?|complex|facility"
            + "|futur centre|centre de recherche|held|se tiendra|se tient|s'est tenue?|aura lieu|a eu lieu|took place"
            + "|takes place|will take place|hosted|organised|organized)\\b");
    private static final Pattern PLACE_INTRO = Pattern.compile("(?:\\b(?:in|at|a|en|au|dans)\\s+(?:the\\s+)?$)|\\ba\\s*$");
    private static final Pattern APPOSITION_PART = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?,\\s*(?:the|a|an|le|la|l'|un|une)?\\s*"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:unit|centre|center|division|department|directorate|arm|branch|complex|lab"
            + "|laboratory|unite|complexe|direction|service|laboratoire|cellule|pole)\\b[^,;]{0,60}?\\b(?:of|within|at"
            + "|de|du|d'|de l'|de la|au sein de)\\s*(?:the\\s+)?$");
    private static final Pattern APPOSITION_POSS = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?,\\s*(?:the\\s+)?$");
    private static final Pattern POSS_CENTRE = Pattern.compile("^'s\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:unit|centre|center"
            + "|division|department|directorate|arm|branch|complex|lab|laboratory)\\b");
    private static final Pattern WITHIN = Pattern.compile("\\b(?:established|set up|created|based|housed|located|sits?)"
            + " (?:with)?in\\s+(?:the\\s+)?$|\\bau sein d[eu]\\s+(?:la\\s+|l')?$|\\bwithin\\s+(?:the\\s+)?$");

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
            if (thing && !prev.possessive() && ADJACENT_IN.matcher(gap).matches() && !ctx.inDateline(prev.start())) {
                ctx.facts.add(prev.id(), Relation.LOCATED_IN, place.id(), Map.of(), null, null, 0.75,
                        ctx.language + ".place.adjacent", sv);
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
        // "INTERPOL's Digital Crime Centre", "Europol's European Cybercrime Centre"
        if (i > 0 && c.type() == EntityType.Centre) {
            Span p = sv.spans.get(i - 1);
            if (p.isOrg() && p.possessive() && sv.text(p.end(), c.start()).matches("'s\\s+(?:new\\s+|own\\s+)?")) {
                add(sv, ctx, c.id(), p.id(), "possessive");
            }
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

    static void add(SentenceView sv, ReleaseContext ctx, String child, String parent, String rule) {
        if (child.equals(parent) || parent.equals(ctx.parentOfChild(parent, child))) {
            return;
        }
        ctx.facts.add(child, Relation.PART_OF, parent, Map.of(), null, null, 0.8, ctx.language + ".partof." + rule, sv);
    }
}
