package io.livestage.ports.store;

import java.util.Objects;

/** What became of a {@link Save}. */
public sealed interface SaveResult {

    /**
     * Written: state, events and idempotency record, all together.
     *
     * @param version the room's new version
     */
    record Saved(long version) implements SaveResult {}

    /**
     * Nothing written: the room moved on since it was loaded. Load again and decide again.
     *
     * @param actualVersion the room's current version
     */
    record Conflict(long actualVersion) implements SaveResult {}

    /**
     * Nothing written: a command with the same idempotency key was saved before (a concurrent retry won). Reported
     * whatever the expected version: a known key takes precedence over a {@link Conflict}.
     *
     * @param original what that command recorded
     */
    record Duplicate(IdempotencyRecord original) implements SaveResult {
        public Duplicate {
            Objects.requireNonNull(original, "original");
        }
    }
}
