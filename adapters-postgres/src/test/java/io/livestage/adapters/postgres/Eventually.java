package io.livestage.adapters.postgres;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Polling with a deadline, for what happens in other threads (a listener delivering, a poller firing): checks the
 * condition until it holds, failing with the given description and the last observed state once the deadline passes.
 */
final class Eventually {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Eventually() {}

    static void await(String what, BooleanSupplier condition, Supplier<Object> observed) {
        long giveUp = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("not within " + DEADLINE + ": " + what + "; observed " + observed.get());
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
