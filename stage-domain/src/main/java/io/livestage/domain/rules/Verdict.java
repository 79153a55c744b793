package io.livestage.domain.rules;

import io.livestage.domain.rejection.Rejection;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;

/** Shorthands for a rule's outcome: a rejection, or the drafts of its events (none for a no-op). */
final class Verdict {

    private Verdict() {}

    static Either<Rejection, Seq<Draft>> reject(Rejection rejection) {
        return Either.left(rejection);
    }

    static Either<Rejection, Seq<Draft>> accept(Seq<Draft> drafts) {
        return Either.right(drafts);
    }

    static Either<Rejection, Seq<Draft>> accept(Draft... drafts) {
        return Either.right(Vector.of(drafts));
    }

    /** The command's goal already holds: accepted, nothing happens. */
    static Either<Rejection, Seq<Draft>> nothing() {
        return Either.right(Vector.empty());
    }
}
