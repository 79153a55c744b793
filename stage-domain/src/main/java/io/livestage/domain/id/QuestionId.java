package io.livestage.domain.id;

import io.livestage.domain.text.TextProblem;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * A stage question within its call: the question's ordinal, from 1, in submission order. Derived by the domain, so
 * replays agree. Text form: {@code q<ordinal>}, for example {@code q7}.
 *
 * @param ordinal the question's position among the call's questions, from 1
 */
public record QuestionId(int ordinal) implements Comparable<QuestionId> {

    /** @throws IllegalArgumentException if {@code ordinal} is not positive */
    public QuestionId {
        if (ordinal < 1) {
            throw new IllegalArgumentException("question ordinal must be positive, was " + ordinal);
        }
    }

    /**
     * The question id written {@code text}, for ids in code ({@code QuestionId.of("q1")}).
     *
     * @throws IllegalArgumentException if {@code text} is not a question id; use {@link #parse} for untrusted input
     */
    public static QuestionId of(String text) {
        return parse(text).getOrElseThrow(invalid -> new IllegalArgumentException(invalid.message()));
    }

    /** Parses the text form {@code q<ordinal>} without throwing. */
    public static Either<InvalidId, QuestionId> parse(String raw) {
        Objects.requireNonNull(raw, "question id");
        if (!raw.startsWith("q")) {
            return Either.left(new InvalidId("question id", TextProblem.MALFORMED));
        }
        return Ordinals.parse(raw.substring(1))
                .map(QuestionId::new)
                .toEither(() -> new InvalidId("question id", TextProblem.MALFORMED));
    }

    @Override
    public int compareTo(QuestionId other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return "q" + ordinal;
    }
}
