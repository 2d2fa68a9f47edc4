package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Dates;
import org.coopgraph.ingest.text.Slugs;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Relation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events: their dates, who speaks at them (speaking, not being quoted), who attends, who hosts,
 * and meetings between two named people.
 */
final class EventRules {

    private static final Pattern SPEAKER = Pattern.compile("\\b(?:spoke|speaks?|will speak|delivered|delivers|will deliver"
            + "|gave (?:a|the) (?:keynote|speech|address|presentation)|will give (?:a|the) (?:keynote|speech|address)|addressed"
            + "|keynote|told (?:the )?(?:guests|participants|delegates|audience|attendees|conference|meeting)|prononcera"
            + "|prononce|a prononce|prendra la parole|a pris la parole|s'est adresse\\w*|interviendra|est intervenu\\w*"
            + "|presented|presentera|a presente)\\b");
    private static final Pattern PARTICIPANT = Pattern.compile("\\b(?:attended|attends|will attend|among the (?:guests|participants"
            + "|delegates|speakers)|took part|take part|participated|participates|participera|a participe|ont participe"
            + "|participeront|a assiste|ont assiste|assistera)\\b");
    private static final Pattern HOSTED_BY = Pattern.compile("\\b(?:hosted by|organi[sz]ed by|accueillie? (?:\\w+ ){0,3}?par"
            + "|organisee? par|co-organi[sz]ed by)\\s*(?:the\\s+|la\\s+|le\\s+|l')?$");
    private static final Pattern HOSTS = Pattern.compile("\\b(?:hosts|hosted|will host|is hosting|organi[sz]ed|organi[sz]es"
            + "|will organi[sz]e|a accueilli|accueillera|accueille|a organise|organisera|organise)\\b");
    private static final Pattern MET = Pattern.compile("^\\s*,?\\s*(?:[^,;]{0,80},\\s*)?(?:met|met with|has met|will meet|a rencontre"
            + "|ont rencontre|rencontrera|s'est entretenu avec|s'est entretenue avec|held talks with|a recu)\\s+(?:[^;]{0,120}?)$");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|ne|jamais)\\b|n't\\b|\\bn'");

    private EventRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx, String[] lastEvent) {
        String text = sv.text(sv.start(), sv.end());
        Span event = null;
        for (Span s : sv.spans) {
            if (s.type() == EntityType.Event) {
                dates(sv, ctx, s);
                event = s;
                lastEvent[0] = s.id();
            }
        }
        String eventId = event != null ? event.id() : lastEvent[0];
        if (eventId == null) {
            return;
        }
        Matcher m = SPEAKER.matcher(text);
        while (m.find()) {
            int pos = sv.start() + m.start();
            if (NEGATION.matcher(sv.text(pos - 25, pos)).find()) {
                continue;
            }
            Span p = sv.before(pos, s -> s.type() == EntityType.Person && !s.object());
            if (p != null && pos - p.end() < 160 && sv.text(p.end(), pos).indexOf('"') < 0) {
                String ev = eventFor(sv, pos, eventId);
                ctx.facts.add(p.id(), Relation.PARTICIPATES_IN, ev, Map.of("role", "speaker"), null, null, 0.75,
                        ctx.language + ".event.speaker", sv);
            }
        }
        m = PARTICIPANT.matcher(text);
        while (m.find()) {
            int pos = sv.start() + m.start();
            if (NEGATION.matcher(sv.text(pos - 25, pos)).find()) {
                continue;
            }
            Span p = sv.before(pos, s -> (s.type() == EntityType.Person || s.isOrg()) && !s.object());
            if (p != null && pos - p.end() < 160) {
                ctx.facts.add(p.id(), Relation.PARTICIPATES_IN, eventFor(sv, pos, eventId), Map.of("role", "participant"),
                        null, null, 0.7, ctx.language + ".event.participant", sv);
            }
        }
        for (Span s : sv.spans) {
            if ((s.isOrg() || s.type() == EntityType.Country) && HOSTED_BY.matcher(sv.text(s.start() - 40, s.start())).find()) {
                ctx.facts.add(s.id(), Relation.HOSTS, eventFor(sv, s.start(), eventId), Map.of(), null, null, 0.75,
                        ctx.language + ".event.hosted-by", sv);
            }
        }
        m = HOSTS.matcher(text);
        while (m.find()) {
            int pos = sv.start() + m.start();
            Span h = sv.before(pos, s -> (s.isOrg() || s.type() == EntityType.Country) && !s.object());
            if (h != null && event != null && event.start() > pos && pos - h.end() < 40
                    && !NEGATION.matcher(sv.text(h.end(), pos)).find()) {
                ctx.facts.add(h.id(), Relation.HOSTS, event.id(), Map.of(), null, null, 0.7, ctx.language + ".event.hosts", sv);
            }
        }
    }

    private static String eventFor(SentenceView sv, int pos, String fallback) {
        Span e = null;
        for (Span s : sv.spans) {
            if (s.type() == EntityType.Event) {
                e = s;
                if (s.start() > pos) {
                    break;
                }
            }
        }
        return e != null ? e.id() : fallback;
    }

    private static void dates(SentenceView sv, ReleaseContext ctx, Span e) {
        EntityTable.Slot slot = ctx.table.get(e.id());
        if (slot == null || slot.properties.containsKey("startsOn")) {
            return;
        }
        List<Dates.DateSpan> ds = Dates.find(sv.sentence.text(), false);
        for (Dates.DateSpan d : ds) {
            if (sv.start() + d.start() >= e.start() - 200) {
                slot.properties.put("startsOn", d.from());
                slot.properties.put("endsOn", d.to());
                return;
            }
        }
        if (ctx.date != null && sv.text(sv.start(), sv.end()).matches("(?s).*\\b(?:today|aujourd'hui|this morning|ce matin)\\b.*")) {
            slot.properties.put("startsOn", ctx.date);
            slot.properties.put("endsOn", ctx.date);
        }
    }

    /** "X met Y", "X a rencontré Y": a meeting both attend, dated the release date. */
    static void meetings(SentenceView sv, ReleaseContext ctx) {
        List<Span> people = sv.spans.stream().filter(s -> s.type() == EntityType.Person).toList();
        for (int i = 0; i + 1 < people.size(); i++) {
            Span a = people.get(i);
            Span b = people.get(i + 1);
            String gap = sv.text(a.end(), b.start());
            if (!MET.matcher(gap).find() || NEGATION.matcher(gap).find()) {
                continue;
            }
            String date = ctx.date;
            String name = ("fr".equals(ctx.language) ? "Rencontre entre " : "Meeting between ")
                    + ctx.table.get(a.id()).name + ("fr".equals(ctx.language) ? " et " : " and ") + ctx.table.get(b.id()).name;
            String id = Slugs.slug("meeting " + a.id() + " " + b.id() + (date != null ? " " + date : ""));
            EntityTable.Slot ev = ctx.table.create(id, EntityType.Event, name);
            ev.kind = "meeting";
            if (date != null) {
                ev.properties.put("startsOn", date);
                ev.properties.put("endsOn", date);
            }
            ctx.facts.add(a.id(), Relation.PARTICIPATES_IN, id, Map.of("role", "participant"), null, null, 0.75,
                    ctx.language + ".event.meeting", sv);
            ctx.facts.add(b.id(), Relation.PARTICIPATES_IN, id, Map.of("role", "participant"), null, null, 0.75,
                    ctx.language + ".event.meeting", sv);
            Span place = null;
            for (Span s : sv.after(b.end(), sv.end())) {
                if (s.isPlace() && PlaceRulesHelper.introduced(sv, s)) {
                    place = s;
                    break;
                }
            }
            String placeId = place != null ? place.id() : ctx.datelineCity;
            if (placeId != null) {
                ev.properties.put("place", ctx.table.get(placeId).name);
                ctx.facts.add(id, Relation.LOCATED_IN, placeId, Map.of(), null, null, place != null ? 0.75 : 0.6,
                        ctx.language + ".event.meeting-place", sv);
            }
        }
    }

    /** Small helper shared with meetings: is a place introduced by "in/à"? */
    static final class PlaceRulesHelper {
        private static final Pattern IN = Pattern.compile("\\b(?:in|at|a|en|au)\\s*$");

        private PlaceRulesHelper() {
        }

        static boolean introduced(SentenceView sv, Span s) {
            return IN.matcher(sv.text(s.start() - 6, s.start())).find();
        }
    }
}
