package org.coopgraph.query;

/** The id asked for is not in the graph (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
