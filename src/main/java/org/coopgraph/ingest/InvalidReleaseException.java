package org.coopgraph.ingest;

/** A release that cannot be imported: the message says why, in words an analyst can act on. */
public class InvalidReleaseException extends RuntimeException {

    public InvalidReleaseException(String message) {
        super(message);
    }
}
