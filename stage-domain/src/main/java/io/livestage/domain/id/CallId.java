package io.livestage.domain.id;

import io.livestage.domain.text.TextProblem;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * One live call of a room: the room and the call's ordinal in it (1 for the first call, 2 for the next...). Derived by
 * the domain, never random, so replaying a room's events yields the same ids. A call id names its room, so a command
 * that carries only a call id (as the seed's {@code raiseHand(callId)} does) can be routed to its room.
 *
 * <p>Text form: {@code <room id>#<ordinal>}, for example {@code ama#3}.
 *
 * @param room the room the call belongs to
 * @param ordinal the call's position among the room's calls, from 1
 */
public record CallId(RoomId room, int ordinal) {

    /** @throws IllegalArgumentException if {@code ordinal} is not positive */
    public CallId {
        Objects.requireNonNull(room, "room");
        if (ordinal < 1) {
            throw new IllegalArgumentException("call ordinal must be positive, was " + ordinal);
        }
    }

    /**
     * The call id written {@code text}, for ids in code ({@code CallId.of("ama#1")}).
     *
     * @throws IllegalArgumentException if {@code text} is not a call id; use {@link #parse} for untrusted input
     */
    public static CallId of(String text) {
        return parse(text).getOrElseThrow(invalid -> new IllegalArgumentException(invalid.message()));
    }

    /** Parses the text form {@code <room id>#<ordinal>} without throwing. */
    public static Either<InvalidId, CallId> parse(String raw) {
        Objects.requireNonNull(raw, "call id");
        int hash = raw.lastIndexOf('#');
        if (hash < 0) {
            return Either.left(new InvalidId("call id", TextProblem.MALFORMED));
        }
        return RoomId.parse(raw.substring(0, hash))
                .mapLeft(problem -> new InvalidId("call id", problem.problem()))
                .flatMap(room -> Ordinals.parse(raw.substring(hash + 1))
                        .map(ordinal -> new CallId(room, ordinal))
                        .toEither(() -> new InvalidId("call id", TextProblem.MALFORMED)));
    }

    @Override
    public String toString() {
        return room.value() + "#" + ordinal;
    }
}
