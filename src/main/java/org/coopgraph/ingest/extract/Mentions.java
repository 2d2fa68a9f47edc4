package org.coopgraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The non-overlapping mentions of one release; a longer mention may swallow shorter ones. */
final class Mentions {

    private final List<Mention> list = new ArrayList<>();
    /** Acronyms defined in this release so far (folded), for names that end in one ("Police fédérale de la GRC"). */
    final java.util.Set<String> acronyms = new java.util.HashSet<>();

    /** Adds {@code m} unless it overlaps a mention it does not strictly contain. */
    boolean add(Mention m) {
        List<Mention> inside = new ArrayList<>();
        for (Mention o : list) {
            if (o.overlaps(m.start, m.end)) {
                boolean contains = m.start <= o.start && o.end <= m.end && (m.end - m.start) > (o.end - o.start);
                if (!contains) {
                    return false;
                }
                inside.add(o);
            }
        }
        list.removeAll(inside);
        m.nested.addAll(inside);
        list.add(m);
        return true;
    }

    boolean free(int s, int e) {
        for (Mention o : list) {
            if (o.overlaps(s, e)) {
                return false;
            }
        }
        return true;
    }

    List<Mention> sorted() {
        List<Mention> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(m -> m.start));
        return out;
    }

    List<Mention> all() {
        return list;
    }
}
