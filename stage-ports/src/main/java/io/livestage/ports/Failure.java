package io.livestage.ports;

import io.livestage.domain.id.RoomId;

/**
 * Why the service could not carry a command out, for reasons outside the rules: not a business refusal (that is a
 * {@link io.livestage.domain.rejection.Rejection}) but the infrastructure or the protocol around it. Each has a stable
 * code.
 */
public sealed interface Failure {

    /** Stable, lower-case code. */
    String code();

    /** A sentence for people. */
    String message();

    /**
     * Concurrent commands on the same room won every attempt; nothing was changed. Retrying later is safe.
     *
     * @param room the contended room
     * @param attempts how many times the command was decided
     */
    record ConflictRetriesExhausted(RoomId room, int attempts) implements Failure {
        @Override
        public String code() {
            return "conflict_retries_exhausted";
        }

        @Override
        public String message() {
            return "room " + room + " changed under " + attempts + " attempts in a row; nothing was changed";
        }
    }

    /**
     * The room store could not be reached or answered with an error; the command may or may not have been saved.
     * Retry with the same idempotency key to find out without doing it twice.
     *
     * @param reason what the store said
     */
    record StoreUnavailable(String reason) implements Failure {
        @Override
        public String code() {
            return "store_unavailable";
        }

        @Override
        public String message() {
            return "the room store is unavailable: " + reason;
        }
    }

    /**
     * The idempotency key was already used for a different command (another user or another request).
     *
     * @param key the reused key
     */
    record IdempotencyKeyReused(String key) implements Failure {
        @Override
        public String code() {
            return "idempotency_key_reused";
        }

        @Override
        public String message() {
            return "idempotency key " + key + " was already used for a different command";
        }
    }

    /**
     * The events asked for are older than the retained log; start again from the stage view.
     *
     * @param oldestRetained the oldest sequence number still retained
     */
    record ResyncRequired(long oldestRetained) implements Failure {
        @Override
        public String code() {
            return "resync_required";
        }

        @Override
        public String message() {
            return "events before " + oldestRetained
                    + " are no longer retained: load the stage view and continue from it";
        }
    }
}
