package org.coopgraph.ingest.extract;

import org.coopgraph.ingest.text.Datelines;
import org.coopgraph.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the rules share while one release is read. Never shared between threads. */
final class ReleaseContext {

    final String body;
    final String folded;
    final String language;
    final String date;
    final Datelines.Dateline dateline;
    final Gazetteer gazetteer;
    final EntityTable table;
    final Facts facts = new Facts();
    List<SentenceView> views;
    /** Person id to the organisation they hold a role in. */
    final Map<String, String> roleOrg = new HashMap<>();
    /** The subject of the latest relation, for "it", "elle", "qu'elle". */
    String lastSubject;
    /** The city the dateline names, if any (an id). */
    String datelineCity;
    /** The latest person named, for "she", "il". */
    String lastPerson;
    /** The latest person given a new role, for "il succède à". */
    String lastAppointed;
    /** Roles stated so far, per person. */
    final Map<String, List<Role>> roles = new HashMap<>();

    /** A role stated in this release. */
    record Role(String org, String title, String stated, String since, boolean past) {
    }

    void addRole(String person, Role r) {
        roles.computeIfAbsent(person, k -> new java.util.ArrayList<>()).add(r);
    }

    boolean hasRole(String person, String org) {
        for (Role r : roles.getOrDefault(person, List.of())) {
            if (r.org().equals(org)) {
                return true;
            }
        }
        return false;
    }

    /** The person's current role stated last, preferring one with a start. */
    Role newestRole(String person) {
        Role best = null;
        for (Role r : roles.getOrDefault(person, List.of())) {
            if (!r.past() && (best == null || r.since() != null)) {
                best = r;
            }
        }
        return best;
    }

    ReleaseContext(String body, String folded, String language, String date, Datelines.Dateline dateline,
                   Gazetteer gazetteer, EntityTable table) {
        this.body = body;
        this.folded = folded;
        this.language = language;
        this.date = date;
        this.dateline = dateline;
        this.gazetteer = gazetteer;
        this.table = table;
    }

    EntityType typeOf(String id) {
        EntityTable.Slot s = table.get(id);
        return s == null ? null : s.type;
    }

    String kindOf(String id) {
        EntityTable.Slot s = table.get(id);
        return s == null ? null : s.kind;
    }

    boolean inDateline(int pos) {
        return dateline != null && pos >= dateline.start() && pos < dateline.end();
    }

    /** The parent of a centre: stated in this release, else from the reference data. */
    String parentOf(String id) {
        String p = facts.objectOf(id, org.coopgraph.model.Relation.PART_OF);
        return p != null ? p : gazetteer.parentOf(id);
    }

    /** Guards against cycles: the parent already stated for {@code parent}, if it is {@code child}. */
    String parentOfChild(String parent, String child) {
        String p = facts.objectOf(parent, org.coopgraph.model.Relation.PART_OF);
        return child.equals(p) ? parent : null;
    }
}
