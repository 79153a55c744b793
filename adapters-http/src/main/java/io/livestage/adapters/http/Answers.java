package io.livestage.adapters.http;

import io.javalin.http.Context;
import io.livestage.domain.command.Intent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.ports.Outcome;
import io.livestage.wire.DecodeError;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** How each kind of answer is written: JSON for success, a {@link Problem} for everything else. */
final class Answers {

    private Answers() {}

    static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    static void problem(Context ctx, Problem problem) {
        problem.retryAfter().ifPresent(seconds -> ctx.header("Retry-After", Long.toString(seconds)));
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(problem.json());
    }

    /** The value as {@code encode} writes it (200), or the rejection's or failure's problem. */
    static <T> void outcome(Context ctx, Outcome<T> outcome, Function<? super T, String> encode) {
        outcome.fold(
                rejection -> written(ctx, Problem.of(rejection)),
                failure -> written(ctx, Problem.of(failure)),
                value -> {
                    json(ctx, 200, encode.apply(value));
                    return null;
                });
    }

    /**
     * A command's answer: {@code status} with {@code {"sequence":n}} and, when the command returns an id, {@code
     * room}, {@code call} or {@code question}; else the problem.
     */
    static void accepted(Context ctx, int status, Outcome<?> outcome) {
        if (!outcome.isAccepted()) {
            outcome(ctx, outcome, value -> "");
            return;
        }
        Object value = outcome.accepted().get();
        String id = "";
        if (value instanceof RoomId room) {
            id = ",\"room\":" + JsonText.quote(room.value());
        } else if (value instanceof CallId call) {
            id = ",\"call\":" + JsonText.quote(call.toString());
        } else if (value instanceof QuestionId question) {
            id = ",\"question\":" + JsonText.quote(question.toString());
        }
        json(ctx, status, "{\"sequence\":" + outcome.acceptedSequence().get() + id + "}");
    }

    /** {@code then} with the decoded intent, or the decode error's problem. */
    static void decoded(Context ctx, Either<DecodeError, Intent> decoded, Consumer<Intent> then) {
        decoded.fold(error -> written(ctx, Problem.of(error)), intent -> {
            then.accept(intent);
            return null;
        });
    }

    /** The path's room, or empty after answering {@code invalid_id}. */
    static Optional<RoomId> room(Context ctx) {
        return RoomId.parse(ctx.pathParam("room"))
                .fold(
                        invalid -> {
                            problem(ctx, Problem.of(new InvalidInput(invalid)));
                            return Optional.<RoomId>empty();
                        },
                        Optional::of);
    }

    static void withRoom(Context ctx, Consumer<RoomId> then) {
        room(ctx).ifPresent(then);
    }

    private static Void written(Context ctx, Problem problem) {
        problem(ctx, problem);
        return null;
    }
}
