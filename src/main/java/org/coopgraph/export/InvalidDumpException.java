package org.coopgraph.export;

/** A JSON dump that {@link JsonRestore} refuses: not ours, another version, or labels, types or values the model does not have. */
public class InvalidDumpException extends RuntimeException {

    public InvalidDumpException(String message) {
        super(message);
    }
}
