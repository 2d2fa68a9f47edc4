package org.coopgraph.cli;

/** What the exit status of a command says. */
public final class ExitCodes {

    public static final int OK = 0;
    /** import: some files were refused (the others imported). */
    public static final int SOME_REFUSED = 1;
    /** A bad option or argument (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** The database cannot be reached or started. */
    public static final int NO_DATABASE = 3;
    /** The schema migrations failed. */
    public static final int MIGRATION_FAILED = 4;
    /** serve: the HTTP port cannot be bound. */
    public static final int PORT_IN_USE = 5;

    private ExitCodes() {
    }
}
