package io.livestage.adapters.inmemory.model;

import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole service (facade, store, relay, bus, scheduler, ids, clock) against the pure decider: random sequences by
 * eight users across three rooms, every facade command, keyed retries and key reuse, and the clock moving so that
 * host-absence and invitation deadlines fire. After every step the answer, every stage view and every subscription
 * must be what the decider alone says (see {@link Oracle} for how it is kept in lockstep, {@link Lockstep} for the
 * checks). A failing run shrinks and prints its steps as readable commands.
 */
class FacadeMatchesDeciderProperties {

    private static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);

    /** Sequences per run: 300 at the default scale. */
    private static final int SEQUENCES = Math.max(1, EXAMPLES * 3 / 10);

    private static final int LONGEST = 70;

    @Test
    @DisplayName("the facade answers, shows and delivers what the decider says, step by step")
    void the_facade_agrees_with_the_decider_at_every_step() {
        check("default windows", Oracle.Windows.DEFAULT, SEQUENCES);
    }

    @Test
    @DisplayName("with a store that forgets keys and events early, retries and replays follow its windows")
    void the_facade_agrees_with_the_decider_when_the_store_forgets() {
        check("small windows " + Oracle.Windows.SMALL, Oracle.Windows.SMALL, Math.max(1, SEQUENCES / 3));
    }

    private static void check(String name, Oracle.Windows windows, int examples) {
        AtomicLong sequences = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        long started = System.nanoTime();
        Oracle.SEEN.clear();
        qt().withExamples(examples)
                .forAll(Scenario.scenarios(LONGEST)
                        .describedAs(scenario -> Lockstep.describe(scenario, windows)
                                + "\nShrunk further by dropping steps:"
                                + Lockstep.describe(
                                        scenario.minimal(shorter -> Lockstep.disagrees(shorter, windows)), windows)))
                .checkAssert(scenario -> {
                    commands.addAndGet(Lockstep.run(scenario, windows));
                    sequences.incrementAndGet();
                });
        System.out.printf(
                "FacadeMatchesDeciderProperties (%s): %d sequences, %d facade commands, %d ms%n",
                name, sequences.get(), commands.get(), (System.nanoTime() - started) / 1_000_000);
        System.out.println("  reached: " + Oracle.SEEN);
    }
}
