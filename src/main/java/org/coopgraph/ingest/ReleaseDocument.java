package org.coopgraph.ingest;

import org.coopgraph.model.ReleaseMeta;

/**
 * A release as read from a file or a request: its metadata (header, or detected) and its body.
 * Evidence offsets always point into {@code body}, which is the text after the header.
 */
public record ReleaseDocument(ReleaseMeta meta, String body, String sha256) {
}
