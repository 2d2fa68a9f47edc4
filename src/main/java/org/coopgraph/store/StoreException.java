package org.coopgraph.store;

/** The database cannot be reached, started or migrated; the message is meant for the user. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
