package io.livestage.adapters.hazelcast.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Polling with a deadline, for what a cluster does asynchronously: passes as soon as the condition holds, fails with
 * the condition's description if it does not within the time allowed. Never a synchronisation by sleeping.
 */
public final class Eventually {

    /** 60 s; the mutation run lowers it ({@code -Dlivestage.hazelcast.patience=5}) so a mutant that stalls fails fast. */
    private static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("livestage.hazelcast.patience", 60));

    private Eventually() {}

    public static void holds(String what, BooleanSupplier condition) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
