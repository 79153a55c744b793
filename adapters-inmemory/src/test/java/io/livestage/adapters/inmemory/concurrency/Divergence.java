package io.livestage.adapters.inmemory.concurrency;

import io.livestage.domain.state.Room;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where two long sequences first differ, told in one short line. Envelopes and rooms print their whole room state, so
 * a failed comparison of a run's logs printed by an assertion library would run to gigabytes; these say only what is
 * needed to start looking.
 */
final class Divergence {

    private Divergence() {}

    /** The first position where {@code actual} differs from {@code expected}, described; none if they are equal. */
    static <T> Option<String> between(Seq<T> expected, Seq<T> actual, Function<? super T, String> describe) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                return Option.some("at " + i + ": expected " + describe.apply(expected.get(i)) + ", was "
                        + describe.apply(actual.get(i)));
            }
        }
        if (expected.size() != actual.size()) {
            return Option.some(
                    "lengths differ: expected " + expected.size() + ", was " + actual.size() + "; first extra: "
                            + (expected.size() > common
                                    ? "missing " + describe.apply(expected.get(common))
                                    : "unexpected " + describe.apply(actual.get(common))));
        }
        return Option.none();
    }

    /** The first gap in a run of sequence numbers that should count 1, 2, 3, ...; none if there is no gap. */
    static Option<String> inSequences(Seq<Long> sequences) {
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i) != i + 1) {
                return Option.some("position " + i + " holds sequence " + sequences.get(i) + ", expected " + (i + 1));
            }
        }
        return Option.none();
    }

    static String envelope(EventEnvelope envelope) {
        return "#" + envelope.sequence() + " " + envelope.wireName() + " by " + envelope.actor();
    }

    static String delivery(Delivery delivery) {
        return "#" + delivery.sequence() + " (after #" + delivery.previous() + ") "
                + delivery.event().wireName();
    }

    static String room(Option<Room> room) {
        return room.map(r -> "room at #" + r.sequence() + " with "
                        + r.call()
                                .map(c -> c.size() + " present, " + c.membersOnStage() + " on stage, "
                                        + c.questions().open().size() + " open questions")
                                .getOrElse("no call"))
                .getOrElse("no room");
    }
}
