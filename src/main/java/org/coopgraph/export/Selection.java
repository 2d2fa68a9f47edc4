package org.coopgraph.export;

import java.util.Collections;
import java.util.NavigableSet;

/**
 * Which nodes an export covers: every entity, or the ids found around one; every release, the
 * releases that mention a selected entity, or none. Sets are sorted, so pages come in id order.
 */
public final class Selection {

    private final NavigableSet<String> entityIds;
    private final NavigableSet<String> releaseIds;

    private Selection(NavigableSet<String> entityIds, NavigableSet<String> releaseIds) {
        this.entityIds = entityIds;
        this.releaseIds = releaseIds;
    }

    /** The whole graph. */
    public static Selection all() {
        return new Selection(null, null);
    }

    /** The given entities and releases (both sorted sets; an empty release set means none). */
    public static Selection of(NavigableSet<String> entityIds, NavigableSet<String> releaseIds) {
        return new Selection(Collections.unmodifiableNavigableSet(entityIds),
                Collections.unmodifiableNavigableSet(releaseIds));
    }

    public boolean isAll() {
        return entityIds == null;
    }

    /** The selected entity ids in order, or null for all. */
    NavigableSet<String> entityIds() {
        return entityIds;
    }

    /** The selected release ids in order, or null for all. */
    NavigableSet<String> releaseIds() {
        return releaseIds;
    }

    public boolean includesEntity(String id) {
        return entityIds == null || entityIds.contains(id);
    }
}
