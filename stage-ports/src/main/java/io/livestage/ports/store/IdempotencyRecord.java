package io.livestage.ports.store;

import io.livestage.domain.command.Intent;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Outcome;
import java.util.Objects;

/**
 * What a room remembers of a command sent with an idempotency key: the key, who sent what (to tell a retry from a
 * reuse of the key for something else), and the outcome to return to a retry.
 *
 * @param key the client's key
 * @param actor who sent the command
 * @param intent what the command asked
 * @param outcome the original, accepted outcome
 */
public record IdempotencyRecord(String key, UserId actor, Intent intent, Outcome.Accepted<?> outcome) {

    public IdempotencyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Whether {@code actor} sending {@code intent} is a retry of this command (rather than a reuse of its key). */
    public boolean isRetryOf(UserId actor, Intent intent) {
        return this.actor.equals(actor) && this.intent.equals(intent);
    }
}
