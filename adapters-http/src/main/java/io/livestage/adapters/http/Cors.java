package io.livestage.adapters.http;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Cross-origin access for the browser origins the settings allow, and no other: the {@code Access-Control-*} headers
 * are written only for an allowed {@code Origin}, so a browser refuses every other origin's script the answer.
 */
final class Cors {

    private Cors() {}

    static void apply(Context ctx, Set<String> allowed) {
        String origin = ctx.header("Origin");
        if (origin == null || !allowed.contains(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, Last-Event-ID");
        ctx.header("Access-Control-Expose-Headers", "Retry-After");
        ctx.header("Access-Control-Max-Age", "600");
    }
}
