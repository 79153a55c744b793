package io.livestage.ports;

import io.livestage.domain.rejection.Rejection;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of every facade call, as a value: accepted (with its value), rejected by the rules, or failed in the
 * infrastructure. Nothing a caller can pass makes the facade throw, except {@link NullPointerException} for null
 * arguments.
 *
 * @param <T> what an accepted call returns
 */
public sealed interface Outcome<T> {

    /** Whether the call was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The accepted value, if accepted. */
    default Option<T> accepted() {
        return this instanceof Accepted<T> accepted ? Option.some(accepted.value()) : Option.none();
    }

    /**
     * The room's sequence number after the call, if accepted: once the caller's feed reaches it, the feed reflects the
     * call (see {@link Accepted#sequence()}).
     */
    default Option<Long> acceptedSequence() {
        return this instanceof Accepted<T> accepted ? Option.some(accepted.sequence()) : Option.none();
    }

    /** Why the rules refused the call, if they did. */
    default Option<Rejection> rejected() {
        return this instanceof Rejected<T> rejected ? Option.some(rejected.rejection()) : Option.none();
    }

    /** Why the infrastructure failed the call, if it did. */
    default Option<Failure> failed() {
        return this instanceof Failed<T> failed ? Option.some(failed.failure()) : Option.none();
    }

    /** {@code ok} when accepted, else the rejection's or failure's stable code. */
    default String code() {
        return fold(Rejection::code, Failure::code, value -> "ok");
    }

    /** One function per case. */
    default <R> R fold(
            Function<? super Rejection, ? extends R> rejected,
            Function<? super Failure, ? extends R> failed,
            Function<? super T, ? extends R> accepted) {
        if (this instanceof Accepted<T> a) {
            return accepted.apply(a.value());
        }
        if (this instanceof Rejected<T> r) {
            return rejected.apply(r.rejection());
        }
        return failed.apply(((Failed<T>) this).failure());
    }

    /**
     * The rules accepted the call.
     *
     * @param value what the call returns (the call id of {@code joinRoom}, for example)
     * @param sequence the room's sequence number after the call; the caller's feed is up to date once it reaches it
     */
    record Accepted<T>(T value, long sequence) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The rules refused the call; nothing changed.
     *
     * @param rejection why
     */
    record Rejected<T>(Rejection rejection) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * The infrastructure failed the call.
     *
     * @param failure why
     */
    record Failed<T>(Failure failure) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
