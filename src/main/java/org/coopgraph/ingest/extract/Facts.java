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
        if (prev.since() == null && since != null) {
            facts.put(key, f);
        }
        return false;
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
