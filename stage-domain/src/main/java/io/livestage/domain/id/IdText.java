package io.livestage.domain.id;

import io.livestage.domain.text.Texts;
import io.vavr.control.Either;
import java.util.function.Function;

/** Shared validation of textual ids: the compact constructors throw (a programming error), {@code parse} does not. */
final class IdText {

    /** The longest id accepted, in code points. */
    static final int MAX_LENGTH = 128;

    private IdText() {}

    static void require(String kind, String value) {
        if (value == null) {
            throw new NullPointerException(kind);
        }
        Texts.identifierProblem(value, MAX_LENGTH).peek(problem -> {
            throw new IllegalArgumentException(new InvalidId(kind, problem).message());
        });
    }

    static <T> Either<InvalidId, T> parse(String kind, String raw, Function<String, T> constructor) {
        if (raw == null) {
            throw new NullPointerException(kind);
        }
        return Texts.identifierProblem(raw, MAX_LENGTH)
                .<Either<InvalidId, T>>map(problem -> Either.left(new InvalidId(kind, problem)))
                .getOrElse(() -> Either.right(constructor.apply(raw)));
    }
}
