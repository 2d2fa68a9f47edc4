package org.coopgraph.ingest;

/**
 * What happened to one release.
 *
 * @param name            the file name or request that carried it
 * @param releaseId       the release's id, or null when refused before one was known
 * @param message         for a refusal, why; otherwise null
 */
public record ImportOutcome(String name, Status status, String releaseId, int entitiesCreated,
                            int factsCreated, int factsAsserted, String message) {

    public enum Status { IMPORTED, REPLACED, UNCHANGED, REFUSED, DRY_RUN }

    public static ImportOutcome refused(String name, String message) {
        return new ImportOutcome(name, Status.REFUSED, null, 0, 0, 0, message);
    }
}
