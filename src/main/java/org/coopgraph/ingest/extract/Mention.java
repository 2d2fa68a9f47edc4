package org.coopgraph.ingest.extract;

import org.coopgraph.model.Entity;
import org.coopgraph.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/** A span of the body that names (or refers back to) an entity. Mutable while one release is read. */
final class Mention {

    enum Source { KNOWN, ACRONYM, DISCOVERED, PERSON, EVENT, LOCAL, ANAPHOR, PLACE }

    final int start;
    final int end;
    final String surface;
    final Source source;
    EntityType type;
    String kind;
    String country;
    Entity known;
    /** The canonical name proposed for a new entity. */
    String name;
    /** More names for the same entity seen here (acronyms, short forms). */
    final List<String> aliases = new ArrayList<>();
    /** Mentions this one swallowed (e.g. "INTERPOL" inside "INTERPOL Global Complex for Innovation"). */
    final List<Mention> nested = new ArrayList<>();
    /** For anaphors: what they may refer to ("intl", "centre", "company", "event", "agreement", "org"). */
    String anaphor;
    /** A person named after an honorific. */
    boolean honorific;
    /** A known organisation named as this one's complement ("Division of the NPA"): its parent. */
    String parent;
    /** The id the mention resolved to. */
    String id;

    Mention(int start, int end, String surface, Source source, EntityType type) {
        this.start = start;
        this.end = end;
        this.surface = surface;
        this.source = source;
        this.type = type;
        this.name = surface;
    }

    boolean overlaps(int s, int e) {
        return s < end && start < e;
    }

    @Override
    public String toString() {
        return surface + "[" + start + "," + end + "," + type + "," + source + (id != null ? "->" + id : "") + "]";
    }
}
