package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.ReleaseDocument;
import org.coopgraph.ingest.text.Datelines;
import org.coopgraph.ingest.text.Normalise;
import org.coopgraph.ingest.text.Sentence;
import org.coopgraph.ingest.text.Sentences;
import org.coopgraph.ingest.text.Slugs;
import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;
import org.coopgraph.model.Extraction;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a release into entities and facts with evidence. Immutable after construction and safe to
 * share between threads: every call works on its own {@link ReleaseContext}.
 */
public final class Extractor {

    private final Gazetteer gazetteer;
    private final MentionFinder finder;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
    }

    public Extraction extract(ReleaseDocument doc) {
        String body = doc.body();
        String folded = Normalise.fold(body);
        String lang = doc.meta().language() != null ? doc.meta().language() : "en";
        List<Token> toks = Token.of(body, folded);
        Optional<Datelines.Dateline> dl = Datelines.find(body);
        List<Mention> mentions = finder.find(body, folded, toks);
        EntityTable table = new EntityTable(gazetteer);
        table.resolve(mentions);
        ReleaseContext ctx = new ReleaseContext(body, folded, lang, doc.meta().publishedOn(), dl.orElse(null), gazetteer, table);
        dl.ifPresent(d -> ctx.datelineCity = datelineCity(d, mentions, table));
        Coreference.resolve(mentions, ctx);

        List<Sentence> sentences = Sentences.split(body);
        ctx.views = views(sentences, mentions, ctx);
        for (SentenceView sv : ctx.views) {
            RoleRules.apply(sv, ctx);
        }
        nestedParts(mentions, ctx);
        AgreementRules agreements = new AgreementRules();
        String[] lastEvent = {null};
        for (SentenceView sv : ctx.views) {
            PlaceRules.apply(sv, ctx);
            RelationRules.apply(sv, ctx);
            EventRules.meetings(sv, ctx);
            EventRules.apply(sv, ctx, lastEvent);
            agreements.apply(sv, ctx);
        }
        agreements.finish(ctx);

        List<Fact> facts = ctx.facts.list();
        // A name found by the discovery patterns that takes part in no fact is more often a
        // description ("Centre de recherche-développement pour ...") than an entity: it is kept
        // only when the graph already knows it, so that the release still MENTIONS it.
        java.util.Set<String> inFacts = new java.util.HashSet<>();
        facts.forEach(f -> {
            inFacts.add(f.subject());
            inFacts.add(f.object());
        });
        List<Entity> entities = new ArrayList<>();
        for (EntityTable.Slot s : table.slots()) {
            if (s.type != null && (inFacts.contains(s.id) || known(s))) {
                entities.add(s.toEntity());
            }
        }
        return new Extraction(doc.meta(), entities, facts);
    }

    private boolean known(EntityTable.Slot s) {
        return gazetteer.lookup(s.name).map(e -> e.id().equals(s.id)).orElse(false);
    }

    /** The dateline's city as an entity (known, or new); its mention is the release's place. */
    private String datelineCity(Datelines.Dateline d, List<Mention> mentions, EntityTable table) {
        for (Mention m : mentions) {
            if (m.start >= d.cityStart() && m.end <= d.cityEnd() && m.id != null) {
                EntityTable.Slot s = table.get(m.id);
                if (s != null && (s.type == EntityType.City || s.type == EntityType.Country)) {
                    return s.id;
                }
                return null;
            }
        }
        Optional<Entity> known = gazetteer.lookup(d.city());
        EntityTable.Slot s;
        if (known.isPresent() && (known.get().type() == EntityType.City || known.get().type() == EntityType.Country)) {
            s = table.known(known.get());
        } else if (known.isPresent()) {
            return null; // "INTERPOL –" is not a place
        } else {
            s = table.create(Slugs.slug(d.city()), EntityType.City, d.city());
            if (d.country() != null) {
                gazetteer.lookup(d.country()).filter(e -> e.type() == EntityType.Country).ifPresent(c -> s.country = c.id());
            }
        }
        s.aliases.add(d.city());
        return s.id;
    }

    private static List<SentenceView> views(List<Sentence> sentences, List<Mention> mentions, ReleaseContext ctx) {
        List<SentenceView> out = new ArrayList<>();
        int mi = 0;
        int paragraph = 0;
        int lastEnd = 0;
        for (Sentence s : sentences) {
            if (ctx.body.substring(lastEnd, s.start()).contains("\n\n")) {
                paragraph++;
            }
            lastEnd = s.end();
            while (mi < mentions.size() && mentions.get(mi).start < s.start()) {
                mi++;
            }
            List<Span> spans = new ArrayList<>();
            for (int j = mi; j < mentions.size() && mentions.get(j).start < s.end(); j++) {
                Mention m = mentions.get(j);
                if (m.id == null || m.end > s.end()) {
                    continue;
                }
                EntityTable.Slot slot = ctx.table.get(m.id);
                if (slot == null) {
                    continue;
                }
                int end = m.end;
                if (!spans.isEmpty()) {
                    Span prev = spans.get(spans.size() - 1);
                    String gap = ctx.body.substring(prev.end(), m.start);
                    if (prev.id().equals(m.id) && gap.strip().equals("(") && end < ctx.body.length()
                            && ctx.body.charAt(end) == ')') {
                        spans.set(spans.size() - 1, new Span(prev.start(), end + 1, prev.id(), prev.type(), prev.kind(),
                                prev.surface(), prev.object(), possessive(ctx.body, end + 1), prev.honorific()));
                        continue;
                    }
                }
                spans.add(new Span(m.start, end, m.id, slot.type, slot.kind, m.surface,
                        SentenceView.objectPosition(ctx.folded, s.start(), m.start), possessive(ctx.body, end), m.honorific));
            }
            out.add(new SentenceView(s, ctx.body, ctx.folded, spans, paragraph));
        }
        return out;
    }

    private static boolean possessive(String body, int end) {
        return end + 1 < body.length() && (body.charAt(end) == '\'' || body.charAt(end) == '\u2019')
                && body.charAt(end + 1) == 's' && (end + 2 >= body.length() || !Character.isLetter(body.charAt(end + 2)));
    }

    /** A centre whose name contains its parent's name ("INTERPOL Global Complex for Innovation"). */
    private void nestedParts(List<Mention> mentions, ReleaseContext ctx) {
        Set<String> done = new HashSet<>();
        for (Mention m : mentions) {
            if (m.parent != null && m.id != null && !"company".equals(ctx.kindOf(m.id))) {
                String pid = idFor(m.parent, mentions, ctx);
                if (pid != null && (ctx.typeOf(pid) == EntityType.Organisation || ctx.typeOf(pid) == EntityType.Centre)) {
                    for (SentenceView sv : ctx.views) {
                        if (m.start >= sv.start() && m.end <= sv.end()) {
                            PlaceRules.add(sv, ctx, m.id, pid, "name-of");
                            break;
                        }
                    }
                }
            }
        }
        for (Mention m : mentions) {
            if (m.id == null || ctx.typeOf(m.id) != EntityType.Centre || !done.add(m.id + m.surface)) {
                continue;
            }
            String parent = null;
            for (Mention n : m.nested) {
                if (n.id != null && ctx.typeOf(n.id) == EntityType.Organisation) {
                    parent = n.id;
                }
            }
            if (parent == null) {
                String p = gazetteer.parentOf(m.id);
                Entity pe = p == null ? null : gazetteer.byId(p);
                if (pe != null && containsName(m.surface, pe)) {
                    parent = p;
                    ctx.table.known(pe).aliases.add(pe.name());
                }
            }
            if (parent == null) {
                continue;
            }
            for (SentenceView sv : ctx.views) {
                if (m.start >= sv.start() && m.end <= sv.end()) {
                    PlaceRules.add(sv, ctx, m.id, parent, "name");
                    break;
                }
            }
        }
    }

    /** The id of a name seen in this release, or of a known entity. */
    private String idFor(String name, List<Mention> mentions, ReleaseContext ctx) {
        String k = Normalise.key(name);
        for (Mention m : mentions) {
            if (m.id != null && Normalise.key(m.surface).equals(k)) {
                return m.id;
            }
        }
        Entity e = gazetteer.lookup(name).orElse(null);
        return e == null ? null : ctx.table.known(e).id;
    }

    private static boolean containsName(String surface, Entity parent) {
        String k = " " + Normalise.key(surface) + " ";
        if (k.contains(" " + Normalise.key(parent.name()) + " ")) {
            return true;
        }
        for (String a : parent.aliases()) {
            String ak = Normalise.key(a);
            if (ak.length() >= 4 && k.contains(" " + ak + " ")) {
                return true;
            }
        }
        return false;
    }
}
