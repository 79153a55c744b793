package io.livestage.tck.conformance;

import java.time.Instant;
import java.time.InstantSource;

/** The facade's clock during a case: set to each step's time before the step. */
final class StepClock implements InstantSource {

    private volatile Instant now = Instant.EPOCH;

    void set(Instant at) {
        now = at;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
