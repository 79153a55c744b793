package io.livestage.benchmarks.baseline;

/** Where a participant of a baseline room stands: authority and stage role in one value, as in livestage. */
public enum Seat {
    HOST,
    CO_HOST,
    SPEAKER,
    AUDIENCE;

    boolean isModerator() {
        return this == HOST || this == CO_HOST;
    }
}
