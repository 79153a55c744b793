package io.livestage.adapters.http;

import io.javalin.http.Context;
import java.util.Optional;

/** A sequence number a client sends ({@code ?after=}, {@code Last-Event-ID}): absent is 0, else a decimal in range. */
final class Sequences {

    private Sequences() {}

    /** The sequence, or empty after answering {@code invalid_sequence}. */
    static Optional<Long> after(Context ctx, String name, String raw) {
        if (raw == null) {
            return Optional.of(0L);
        }
        String text = raw.strip();
        if (!text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Long.parseLong(text));
        }
        Answers.problem(
                ctx, Problem.of(400, "invalid_sequence", name + " must be a sequence number: 0 to 18 decimal digits"));
        return Optional.empty();
    }
}
