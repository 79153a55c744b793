package io.livestage.ports.client;

/** What a {@link ClientMirror} did with one delivery. */
public enum Applied {
    /** Applied; the mirror moved to its sequence. */
    APPLIED,
    /** At or below the last applied sequence (a redelivery, or already in the snapshot): ignored. */
    DUPLICATE,
    /**
     * Something addressed to this user was missed before it: not applied. Load the stage view and call {@link
     * ClientMirror#resync}, then continue.
     */
    GAP
}
