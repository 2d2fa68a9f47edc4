package org.coopgraph.query;

/** A valid request that cannot be answered as asked, e.g. over its time budget (HTTP 422). */
public class UnanswerableException extends RuntimeException {

    public UnanswerableException(String message) {
        super(message);
    }
}
