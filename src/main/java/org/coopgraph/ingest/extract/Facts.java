package org.coopgraph.ingest.extract;

import org.coopgraph.model.Evidence;
import org.coopgraph.model.Fact;
import org.coopgraph.model.Relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts of one release, without duplicates (same ends, relation and key property). */
final class Facts {

    private final Map<String, Fact> facts = new LinkedHashMap<>();

    boolean add(String subject, Relation relation, String object, Map<String, Object> props, String since, String until,
                double confidence, String method, SentenceView sv) {
        if (subject == null || object == null || (subject.equals(object) && relation != Relation.DISSEMINATES_TO)) {
            return false;
        }
        Fact f = new Fact(subject, relation, object, props, since, until, confidence, method,
                new Evidence(sv.sentence.text(), sv.start(), sv.end()));
        String key = subject + "|" + relation + "|" + object + "|" + f.key();
        Fact prev = facts.get(key);
        if (prev == null) {
            facts.put(key, f);
            return true;
        }
        facts.put(key, merge(prev, f));
        return false;
    }

    /** Support kinds, most specific first. */
    private static final List<String> KINDS = List.of("financial", "equipment", "expertise", "technical", "operational");

    /**
     * One fact per (subject, relation, object) — and title for roles — as the graph keys them: the
     * most specific support kind, a speaker over a participant, a scope, and a since/until when any
     * statement gives one. The evidence stays that of the first statement unless the later adds a date.
     */
    static Fact merge(Fact a, Fact b) {
        Map<String, Object> props = new java.util.LinkedHashMap<>(a.properties());
        b.properties().forEach((k, v) -> {
            Object old = props.get(k);
            if (old == null) {
                props.put(k, v);
            } else if (k.equals("kind") && KINDS.indexOf(v.toString()) >= 0
                    && (KINDS.indexOf(old.toString()) < 0 || KINDS.indexOf(v.toString()) < KINDS.indexOf(old.toString()))) {
                props.put(k, v);
            } else if (k.equals("role") && "speaker".equals(v)) {
                props.put(k, v);
            }
        });
        String since = a.since() != null ? a.since() : b.since();
        String until = a.until() != null ? a.until() : b.until();
        boolean useB = a.since() == null && b.since() != null;
        Fact base = useB ? b : a;
        return new Fact(a.subject(), a.relation(), a.object(), props, since, until, Math.max(a.confidence(), b.confidence()),
                base.method(), base.evidence());
    }

    boolean has(String subject, Relation relation) {
        for (Fact f : facts.values()) {
            if (f.subject().equals(subject) && f.relation() == relation) {
                return true;
            }
        }
        return false;
    }

    String objectOf(String subject, Relation relation) {
        for (Fact f : facts.values()) {
            if (f.subject().equals(subject) && f.relation() == relation) {
                return f.object();
            }
        }
        return null;
    }

    List<Fact> list() {
        return new ArrayList<>(facts.values());
    }
}
