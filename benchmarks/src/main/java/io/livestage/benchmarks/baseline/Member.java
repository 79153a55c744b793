package io.livestage.benchmarks.baseline;

/**
 * A participant of a baseline room. Immutable, so the copy-on-write baseline can share members between snapshots.
 *
 * @param seat where they stand
 * @param handTicket the sequence number of the event that raised their hand; 0 when no hand is up
 */
record Member(Seat seat, long handTicket) {

    boolean handUp() {
        return handTicket != 0;
    }
}
