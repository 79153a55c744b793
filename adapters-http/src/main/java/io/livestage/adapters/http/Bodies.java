package io.livestage.adapters.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a request body within the limit and of the right type: more than the limit is a 413 (refused unread when
 * {@code Content-Length} says so, else after reading one byte past it); a non-empty body that is not {@code
 * application/json} is a 415.
 */
final class Bodies {

    private Bodies() {}

    /** The body as text, or empty after answering the problem. */
    static Optional<String> read(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            return refused(ctx, tooLarge(limit));
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException unreadable) {
            return refused(ctx, Problem.of(400, "unreadable_body", "the body could not be read"));
        }
        if (bytes.length > limit) {
            return refused(ctx, tooLarge(limit));
        }
        if (bytes.length > 0 && !json(ctx.header("Content-Type"))) {
            return refused(
                    ctx, Problem.of(415, "unsupported_media_type", "send the body as Content-Type: application/json"));
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    private static Problem tooLarge(int limit) {
        return Problem.of(413, "body_too_large", "the body is larger than " + limit + " bytes");
    }

    private static Optional<String> refused(Context ctx, Problem problem) {
        Answers.problem(ctx, problem);
        return Optional.empty();
    }
}
