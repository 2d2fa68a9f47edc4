package org.coopgraph.api;

import io.javalin.config.RoutesConfig;
import org.coopgraph.query.BadParameterException;
import org.coopgraph.query.NotFoundException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Token management for admins: list (ids and roles only), create (the secret shown once), revoke. */
final class AdminRoutes {

    private final Tokens tokens;

    AdminRoutes(Tokens tokens) {
        this.tokens = tokens;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/admin/tokens", ctx -> ctx.json(Map.of("tokens", tokens.list().stream()
                .map(e -> Map.of("id", e.id(), "role", e.role().name().toLowerCase(Locale.ROOT))).toList())));
        routes.post("/api/admin/tokens", ctx -> {
            String id = Params.required(ctx, "id");
            Tokens.Role role;
            try {
                role = Tokens.Role.parse(Params.required(ctx, "role"));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("role", "'role' must be reader, editor or admin");
            }
            String token;
            try {
                token = tokens.add(id, role);
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("id", e.getMessage());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("role", role.name().toLowerCase(Locale.ROOT));
            body.put("token", token);
            ctx.status(201).json(body);
        });
        routes.delete("/api/admin/tokens/{id}", ctx -> {
            if (!tokens.remove(ctx.pathParam("id"))) {
                throw new NotFoundException("no token with id '" + ctx.pathParam("id") + "'");
            }
            ctx.status(204);
        });
    }
}
