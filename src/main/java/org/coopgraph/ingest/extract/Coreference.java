package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Dates;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.ingest.text.Slugs;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;

import java.util.List;

/**
 * Narrow coreference: "the Organization"/"l'Organisation" to the latest international
 * organisation, "the centre"/"celui-ci" to the latest centre, "the company"/"la société" to the
 * latest company, "the ceremony" to the latest event (or a new one when none was named).
 */
final class Coreference {

    private Coreference() {
    }

    static void resolve(List<Mention> mentions, ReleaseContext ctx) {
        String intl = null;
        String centre = null;
        String company = null;
        String event = null;
        EntityType lastType = null;
        for (Mention m : mentions) {
            if (m.anaphor == null) {
                if (m.id == null) {
                    continue;
                }
                EntityTable.Slot s = ctx.table.get(m.id);
                if (s == null) {
                    continue;
                }
                lastType = s.type;
                if (s.type == EntityType.Organisation && "international_organisation".equals(s.kind)) {
                    intl = s.id;
                } else if (s.type == EntityType.Centre) {
                    centre = s.id;
                } else if (s.type == EntityType.Organisation && "company".equals(s.kind)) {
                    company = s.id;
                } else if (s.type == EntityType.Event) {
                    event = s.id;
                }
                continue;
            }
            switch (m.anaphor) {
                case "intl" -> m.id = intl;
                case "centre" -> m.id = m.surface.toLowerCase().startsWith("celui") && lastType != EntityType.Centre ? null : centre;
                case "company" -> m.id = company;
                case "orghead" -> m.id = byHead(m, mentions, ctx);
                case "event" -> {
                    String k = Normalise.key(m.surface);
                    boolean indefinite = k.startsWith("a ") || k.startsWith("an ") || k.startsWith("une ") || k.startsWith("un ");
                    if (event != null && !indefinite) {
                        m.id = event;
                    } else if (!k.endsWith("event") && !k.endsWith("evenement") && !k.endsWith("rencontre")
                            && !k.endsWith("meeting") && !k.endsWith("reunion")) {
                        m.id = create(m, ctx);
                        event = m.id;
                    }
                }
                default -> {
                }
            }
            if (m.id != null) {
                EntityTable.Slot s = ctx.table.get(m.id);
                if (s != null) {
                    m.type = s.type;
                    m.kind = s.kind;
                }
            }
        }
    }

    /** "the agency", "l'office": the latest organisation whose name or alias has that head word. */
    private static String byHead(Mention a, List<Mention> mentions, ReleaseContext ctx) {
        String k = Normalise.key(a.surface);
        String head = " " + k.substring(k.lastIndexOf(' ') + 1) + " ";
        String found = null;
        for (Mention m : mentions) {
            if (m.start >= a.start) {
                break;
            }
            if (m.anaphor != null || m.id == null) {
                continue;
            }
            EntityTable.Slot s = ctx.table.get(m.id);
            if (s == null || (s.type != EntityType.Organisation && s.type != EntityType.Centre)) {
                continue;
            }
            if ((" " + Normalise.key(s.name) + " ").contains(head)) {
                found = s.id;
                continue;
            }
            for (String al : s.aliases) {
                if ((" " + Normalise.key(al) + " ").contains(head)) {
                    found = s.id;
                    break;
                }
            }
            if (found == null || !found.equals(s.id)) {
                Entity known = ctx.gazetteer.byId(s.id);
                if (known != null) {
                    for (String al : known.aliases()) {
                        if ((" " + Normalise.key(al) + " ").contains(head)) {
                            found = s.id;
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String create(Mention m, ReleaseContext ctx) {
        String phrase = m.surface.replaceFirst("(?i)^(?:(?:the|la|le|this|cette|ce|a|an|une|un)\\s+|l['\u2019])", "").strip();
        String k = Normalise.key(phrase);
        String kind = k.contains("ceremon") || k.contains("inauguration") ? "ceremony"
                : k.contains("workshop") || k.contains("atelier") || k.contains("semina") ? "training"
                : k.contains("conferen") || k.contains("summit") || k.contains("sommet") ? "conference" : "meeting";
        String date = null;
        int sentenceStart = Math.max(0, ctx.body.lastIndexOf('\n', m.start));
        int sentenceEnd = ctx.body.indexOf('\n', m.end);
        String around = ctx.body.substring(sentenceStart, sentenceEnd < 0 ? ctx.body.length() : sentenceEnd);
        List<Dates.DateSpan> ds = Dates.find(around, false);
        if (!ds.isEmpty()) {
            date = ds.get(0).from();
        } else if (Normalise.key(around).matches(".*\\b(?:today|aujourd hui)\\b.*")) {
            date = ctx.date;
        }
        String id = Slugs.slug(phrase + " " + (date != null ? date : ctx.date != null ? ctx.date : ""));
        EntityTable.Slot s = ctx.table.create(id, EntityType.Event, phrase);
        s.kind = kind;
        if (date != null) {
            s.properties.put("startsOn", date);
            s.properties.put("endsOn", date);
        }
        s.aliases.add(phrase);
        return id;
    }
}
