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
            + "|gave (?:a|the|an) (?:opening |closing |keynote )?(?:keynote|speech|address|presentation|talk|lecture)"
            + "|will give (?:a|the|an) (?:opening |closing )?(?:keynote|speech|address|presentation|talk)|addressed"
            + "|opened (?:the|a) (?:ceremony|conference|meeting|session|event|workshop|seminar|summit|assembly|proceedings)"
            + "|keynote|told (?:the )?(?:guests|participants|delegates|audience|attendees|conference|meeting|assembly)|prononcera"
            + "|prononce|a prononce|prendra la parole|a pris la parole|s'est adresse\\w*|interviendra|est intervenue?"
            + "|sont intervenus|presented|presentera|a presente|ont presente|described|a decrit|a ouvert|ont ouvert|ouvrira)\\b");
    /** A speech named before its speaker: "Opening the conference, X said", "Dans son discours, M. X". */
    private static final Pattern SPEECH_FIRST = Pattern.compile("^(?:opening|closing|en ouvrant|ouvrant) (?:the|la|le|l')"
            + "|\\b(?:in (?:his|her|their) (?:opening |closing |keynote )?(?:speech|address|remarks|keynote)"
            + "|dans son discours|lors de son discours|dans son allocution)\\b");
    private static final Pattern SAID_AT = Pattern.compile("^\\s*(?:lors d[eu']|lors de la|lors de l'|at the|at a|during the"
            + "|pendant la|au cours d[eu']|au cours de la)\\s*");
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|a declare|a souligne|a affirme|a ajoute)\\s*$");
    private static final Pattern PARTICIPANT = Pattern.compile("\\b(?:attended|attends|will attend|among the (?:guests|participants"
            + "|delegates|speakers)|took part|take part|takes part|participated|participates|participera|a participe|ont participe"
            + "|participeront|a assiste|ont assiste|assistera|was among the guests)\\b");
    private static final Pattern PEOPLE_OF = Pattern.compile("\\b(?:representatives?|delegations?|analysts?|experts?|researchers?"
            + "|officials?|officers?|staff|representants?|delegues?|analystes?|chercheurs?|experts?|specialistes?)"
            + "\\s+(?:of|from|de|du|des|d')\\s*(?:the\\s+)?$");
    private static final Pattern ALONG_WITH = Pattern.compile("\\b(?:along with|together with|as well as|ainsi que|aux cotes d[eu]s?)"
            + "\\s+(?:(?:the\\s+)?(?:representatives?|delegations?|analysts?|experts?|representants?|delegues?)\\s+(?:of|from|de|du|des|d')"
            + "\\s*)?(?:the\\s+)?$");
    private static final Pattern HOSTED_BY = Pattern.compile("\\b(?:hosted|organi[sz]ed|co-organi[sz]ed|accueillie?s?|organisee?s?"
            + "|convened|convoquee?)(?: [\\p{L}\\d']+){0,3}? (?:by|par)\\s*(?:the\\s+|la\\s+|le\\s+|l')?$"
            + "|\\b(?:organi[sz]ed|organisee?|held|tenue?) (?:at|au) (?:the )?(?:siege|headquarters|locaux) (?:of |de |d'|du )"
            + "(?:the |la |le |l')?$");
    private static final Pattern HOSTS = Pattern.compile("\\b(?:hosts|hosted|will host|is hosting|are hosting|organi[sz]ed|organi[sz]es"
            + "|will organi[sz]e|a accueilli|accueillera|accueille|a organise|organisera|organise)\\b");
    /** "EVENT, which the NPA hosted", "qu'accueille la France". */
    private static final Pattern WHICH_HOSTS = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*,?\\s*(?:which|that|que|qu')\\s*(?:this year\\s+)?(?:the\\s+|la\\s+|le\\s+|l')?$");
    private static final Pattern HOST_AFTER = Pattern.compile("^\\s*(?:is|was|will be|has been|are)?\\s*(?:hosting|hosted|host|hosts"
            + "|will host|organi[sz]ed|organi[sz]es|will organi[sz]e|accueille|accueillera|a accueilli|organise|organisera"
            + "|a organise)\\b");
    private static final Pattern NEXT = Pattern.compile("\\b(?:next|prochaine?s?|future|following|suivante?)\\b");
    private static final Pattern PLACE_VERB = Pattern.compile("\\b(?:held|took place|takes place|will take place|met|meet|meets|gathered"
            + "|host\\w*|closed|opened|organi[sz]ed|inked|signed|convened|reunie?s?|tenue?s?|tiendra|deroule\\w*|aura lieu|a eu lieu"
            + "|organisee?s?|accueilli\\w*|participe\\w*|attended|sidelines|en marge|s'est ouverte?)\\b");
    private static final Pattern IN_PLACE = Pattern.compile("\\b(?:in|at|a|en|au)\\s*$");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|ne|jamais)\\b|n't\\b|\\bn'");
    private static final Pattern MET = Pattern.compile("^\\s*,?\\s*(?:[^,;]{0,80},\\s*)?(?:met|met with|has met|will meet|a rencontre"
            + "|ont rencontre|rencontrera|s'est entretenu avec|s'est entretenue avec|held talks with|a recu)\\s+(?:[^;]{0,120}?)$");

    private EventRules() {
    }

    static void apply(SentenceView sv, ReleaseContext ctx, String[] lastEvent) {
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
        if (sv.spans.isEmpty()) {
            return;
        }
        String text = sv.text(sv.start(), sv.end());
        boolean next = NEXT.matcher(text).find();
        if (RelationRules.anyKey(text, SPEAKER_KEYS)) {
            speakers(sv, ctx, text, eventId);
        }
        if (RelationRules.anyKey(text, PARTICIPANT_KEYS)) {
            participants(sv, ctx, text, eventId);
        }
        if (RelationRules.anyKey(text, HOST_KEYS)
                && (!next || event == null || !NEXT.matcher(sv.text(event.start() - 40, event.start())).find())) {
            hosts(sv, ctx, text, event, eventId, next);
        }
        if (event != null && !next) {
            place(sv, ctx, text, event);
        }
    }

    private static final String[] SPEAKER_KEYS = {"spoke", "speak", "deliver", "gave", "give", "address", "open", "keynote",
        "told", "prononc", "parole", "adresse", "intervien", "intervenu", "present", "describ", "decrit", "ouvert", "ouvri",
        "discours", "speech", "remarks", "allocution", "clos", "said", "declare", "souligne", "affirme", "ajoute"};
    private static final String[] PARTICIPANT_KEYS = {"attend", "part", "particip", "assist", "among", "guest"};
    private static final String[] HOST_KEYS = {"host", "organi", "accueil", "convene", "convoqu", "siege", "headquarters",
        "held", "tenu"};

    private static void speakers(SentenceView sv, ReleaseContext ctx, String text, String eventId) {
        Matcher m = SPEAKER.matcher(text);
        int lastTrigger = sv.start();
        while (m.find()) {
            int pos = sv.start() + m.start();
            if (NEGATION.matcher(sv.text(pos - 25, pos)).find()) {
                continue;
            }
            boolean any = false;
            // the speakers before the verb, back to the previous speaking verb: "X, ..., et Y, ..., ont présenté"
            for (int i = sv.spans.size() - 1; i >= 0; i--) {
                Span p = sv.spans.get(i);
                if (p.end() > pos || p.start() < lastTrigger) {
                    continue;
                }
                if (p.type() != EntityType.Person || p.object() || pos - p.end() > 200 || sv.text(p.end(), pos).indexOf('"') >= 0) {
                    continue;
                }
                speaker(sv, ctx, p, eventFor(sv, pos, eventId));
                any = true;
            }
            if (!any && SPEECH_FIRST.matcher(sv.text(sv.start(), pos + 1)).find()) {
                first(sv, ctx, pos, eventId);
            }
            lastTrigger = sv.start() + m.end();
        }
        Matcher f = SPEECH_FIRST.matcher(text);
        if (f.find()) {
            first(sv, ctx, sv.start() + f.end(), eventId);
        }
        // "a déclaré X lors de la cérémonie", "said X at the conference"
        for (Span p : sv.spans) {
            if (p.type() == EntityType.Person && SAID_BEFORE.matcher(sv.text(p.start() - 30, p.start())).find()
                    && SAID_AT.matcher(sv.text(p.end(), p.end() + 25)).lookingAt()) {
                Span e = sv.after(p.end(), p.end() + 60).stream().filter(s -> s.type() == EntityType.Event).findFirst().orElse(null);
                if (e != null) {
                    speaker(sv, ctx, p, e.id());
                }
            }
        }
    }

    private static void first(SentenceView sv, ReleaseContext ctx, int pos, String eventId) {
        for (Span p : sv.after(pos, Math.min(sv.end(), pos + 120))) {
            if (p.type() == EntityType.Person) {
                speaker(sv, ctx, p, eventFor(sv, pos, eventId));
                return;
            }
        }
    }

    private static void speaker(SentenceView sv, ReleaseContext ctx, Span p, String event) {
        ctx.facts.add(p.id(), Relation.PARTICIPATES_IN, event, Map.of("role", "speaker"), null, null, 0.75,
                ctx.language + ".event.speaker", sv);
    }

    private static void participants(SentenceView sv, ReleaseContext ctx, String text, String eventId) {
        Matcher m = PARTICIPANT.matcher(text);
        while (m.find()) {
            int pos = sv.start() + m.start();
            if (NEGATION.matcher(sv.text(pos - 25, pos)).find()) {
                continue;
            }
            Span p = sv.before(pos, s -> (s.type() == EntityType.Person || s.isOrg()) && (!s.object()
                    || PEOPLE_OF.matcher(sv.text(s.start() - 30, s.start())).find()));
            if (p == null || pos - p.end() >= 160) {
                continue;
            }
            String ev = eventFor(sv, pos, eventId);
            participant(sv, ctx, p, ev);
            // coordinated: "Representatives of NEC Corporation and Kaspersky Lab"
            Span cur = p;
            while (true) {
                Span c = cur;
                Span prev = sv.before(cur.start(), s -> s.end() <= c.start());
                if (prev == null || prev.type() != p.type() && !(prev.isOrg() && p.isOrg())
                        || !sv.text(prev.end(), cur.start()).matches("\\s*(?:\\([^)]*\\))?\\s*(?:,|and|et|&)\\s*(?:the\\s+|de\\s+|d')?")) {
                    break;
                }
                participant(sv, ctx, prev, ev);
                cur = prev;
            }
            // "..., along with representatives of NEC Corporation and Trend Micro"
            for (Span s : sv.after(sv.start() + m.end(), sv.end())) {
                if ((s.isOrg() || s.type() == EntityType.Person)
                        && ALONG_WITH.matcher(sv.text(s.start() - 60, s.start())).find()) {
                    participant(sv, ctx, s, ev);
                    for (Span t : sv.after(s.end(), sv.end())) {
                        if (t.type() == s.type() && sv.text(s.end(), t.start()).matches("\\s*(?:,|and|et)\\s*(?:the\\s+|de\\s+)?")) {
                            participant(sv, ctx, t, ev);
                            s = t;
                        } else {
                            break;
                        }
                    }
                    break;
                }
            }
        }
    }

    private static void participant(SentenceView sv, ReleaseContext ctx, Span p, String event) {
        ctx.facts.add(p.id(), Relation.PARTICIPATES_IN, event, Map.of("role", "participant"), null, null, 0.7,
                ctx.language + ".event.participant", sv);
    }

    private static void hosts(SentenceView sv, ReleaseContext ctx, String text, Span event, String eventId, boolean next) {
        for (Span s : sv.spans) {
            if ((s.isOrg() || s.type() == EntityType.Country) && HOSTED_BY.matcher(sv.text(s.start() - 50, s.start())).find()
                    && !NEXT.matcher(sv.text(s.start() - 90, s.start())).find()) {
                ctx.facts.add(s.id(), Relation.HOSTS, eventFor(sv, s.start(), eventId), Map.of(), null, null, 0.75,
                        ctx.language + ".event.hosted-by", sv);
            }
        }
        if (event == null) {
            return;
        }
        // "the Seminar, which the NPA hosted", "the Assembly, which India is hosting"
        for (int i = 0; i < sv.spans.size(); i++) {
            Span h = sv.spans.get(i);
            if (!(h.isOrg() || h.type() == EntityType.Country) || h.start() < event.end()) {
                continue;
            }
            if (WHICH_HOSTS.matcher(sv.text(event.end(), h.start())).matches()
                    && HOST_AFTER.matcher(sv.text(h.end(), h.end() + 40)).lookingAt()) {
                ctx.facts.add(h.id(), Relation.HOSTS, event.id(), Map.of(), null, null, 0.75, ctx.language + ".event.which-hosts", sv);
            }
        }
        if (next) {
            return;
        }
        Matcher m = HOSTS.matcher(text);
        while (m.find()) {
            int pos = sv.start() + m.start();
            Span h = sv.before(pos, s -> (s.isOrg() || s.type() == EntityType.Country) && !s.object());
            if (h != null && event.start() > pos && pos - h.end() < 40
                    && !NEGATION.matcher(sv.text(h.end(), pos)).find()) {
                ctx.facts.add(h.id(), Relation.HOSTS, event.id(), Map.of(), null, null, 0.7, ctx.language + ".event.hosts", sv);
            }
        }
    }

    /** Where an event is: a city or country introduced by "in"/"à" in a sentence that holds, hosts or gathers it. */
    private static void place(SentenceView sv, ReleaseContext ctx, String text, Span event) {
        if (!PLACE_VERB.matcher(text).find()) {
            return;
        }
        for (Span p : sv.spans) {
            if (!p.isPlace() || ctx.inDateline(p.start()) || p.possessive() || !IN_PLACE.matcher(sv.text(p.start() - 6, p.start())).find()) {
                continue;
            }
            if (sv.text(p.start() - 25, p.start()).matches("(?s).*\\b(?:from|de|des|du|venus?)\\s+(?:\\S+\\s+)?$")) {
                continue;
            }
            ctx.facts.add(event.id(), Relation.LOCATED_IN, p.id(), Map.of(), null, null, 0.7, ctx.language + ".event.place", sv);
            return;
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
