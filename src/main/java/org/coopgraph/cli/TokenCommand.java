package org.coopgraph.cli;

import org.coopgraph.Main;
import org.coopgraph.api.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Manages the API tokens file offline (a running server also offers /api/admin/tokens). */
@Command(name = "token", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {"Manage API tokens: add prints the new token once; only its SHA-256 is stored.",
                "Restart serve (or use /api/admin/tokens on a running server) for changes to apply."})
public final class TokenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "add|list|remove", description = "What to do.")
    String action;

    @Option(names = "--tokens", paramLabel = "FILE", defaultValue = "${env:COOPGRAPH_TOKENS_FILE:-tokens.txt}",
            description = "The tokens file (env COOPGRAPH_TOKENS_FILE; default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--id", description = "Who the token is for (add, remove).")
    String id;

    @Option(names = "--role", description = "reader, editor or admin (add; default: ${DEFAULT-VALUE}).",
            defaultValue = "reader")
    String role;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Tokens tokens = Tokens.load(file, null);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            switch (action) {
                case "add" -> {
                    String token = tokens.add(required(id, "--id"), Tokens.Role.valueOf(role.toUpperCase(Locale.ROOT)));
                    out.println(token);
                    err.println("added '" + id + "' (" + role + ") to " + file + "; the token above is not stored anywhere");
                }
                case "list" -> tokens.list().forEach(e -> out.println(e.id() + " " + e.role().name().toLowerCase(Locale.ROOT)));
                case "remove" -> {
                    if (!tokens.remove(required(id, "--id"))) {
                        err.println("coopgraph: no token '" + id + "' in " + file);
                        return ExitCodes.SOME_REFUSED;
                    }
                }
                default -> {
                    err.println("coopgraph: token takes add, list or remove, not '" + action + "'");
                    return ExitCodes.USAGE;
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("coopgraph: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    private static String required(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " is required");
        }
        return value;
    }
}
