package org.coopgraph.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;

/**
 * Who may do what, checked before every {@code /api} route: with tokens configured, GETs need a
 * reader token, imports and deletions an editor token, token management an admin token. The
 * health check and the API's description stay open. Without tokens everything is open, and
 * {@code serve} only binds to loopback.
 */
final class Access {

    private final Tokens tokens;

    Access(Tokens tokens) {
        this.tokens = tokens;
    }

    void check(Context ctx) {
        if (!tokens.configured() && ctx.path().startsWith("/api/admin/")) {
            throw new ForbiddenResponse("token management needs a tokens file with an admin token (serve --tokens FILE;"
                    + " create the first one with 'coopgraph token add --role admin')");
        }
        if (!tokens.configured() || ctx.method() == HandlerType.OPTIONS || open(ctx.path())) {
            return;
        }
        Tokens.Role needed = needed(ctx);
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedResponse("this server needs 'Authorization: Bearer <token>' ("
                    + needed.name().toLowerCase() + " or above)");
        }
        Tokens.Entry who = tokens.find(header.substring(7).strip())
                .orElseThrow(() -> new UnauthorizedResponse("unknown token"));
        if (!who.role().allows(needed)) {
            throw new ForbiddenResponse("a " + who.role().name().toLowerCase() + " token cannot do this; it needs "
                    + needed.name().toLowerCase());
        }
    }

    private static boolean open(String path) {
        return path.equals("/api/health") || path.startsWith("/api/docs");
    }

    private static Tokens.Role needed(Context ctx) {
        if (ctx.path().startsWith("/api/admin/")) {
            return Tokens.Role.ADMIN;
        }
        HandlerType m = ctx.method();
        return m == HandlerType.GET || m == HandlerType.HEAD ? Tokens.Role.READER : Tokens.Role.EDITOR;
    }
}
