package io.livestage.adapters.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a request body within the limit and of the right type: more than the limit is a 413; a non-empty body that
 * is not {@code application/json} is a 415. An oversized body up to {@link #DRAINED} times the limit is read and
 * dropped before answering, so the client (still sending) reads the 413 rather than a reset connection; a larger one
 * is refused unread and the connection closes.
 */
final class Bodies {

    /** How many times the limit is read and dropped to answer an oversized body politely. */
    static final int DRAINED = 16;

    private Bodies() {}

    /** The body as text, or empty after answering the problem. */
    static Optional<String> read(Context ctx, int limit) {
        long declared = ctx.req().getContentLengthLong();
        long drained = (long) limit * DRAINED;
        if (declared > drained) {
            return refused(ctx, tooLarge(limit));
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                drop(in, drained);
                return refused(ctx, tooLarge(limit));
            }
        } catch (IOException unreadable) {
            return refused(ctx, Problem.of(400, "unreadable_body", "the body could not be read"));
        }
        if (bytes.length > 0 && !json(ctx.header("Content-Type"))) {
            return refused(
                    ctx, Problem.of(415, "unsupported_media_type", "send the body as Content-Type: application/json"));
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads and drops up to {@code most} more bytes (to the end of a body that is not much too large). */
    private static void drop(InputStream in, long most) throws IOException {
        byte[] buffer = new byte[8_192];
        long dropped = 0;
        int read;
        while (dropped < most && (read = in.read(buffer)) >= 0) {
            dropped += read;
        }
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
