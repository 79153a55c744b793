package io.livestage.adapters.inmemory.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A random sequence: three rooms opened (created, then joined) by users of the cast with policies the seeds pick (an
 * {@code invalid} policy leaves the slot free for a later {@code createRoom}), then the steps.
 *
 * @param openings one seed per room slot: who opens it, with which policy
 * @param steps the step seeds
 */
record Scenario(List<Integer> openings, List<Step> steps) {

    /** Scenarios of up to {@code longest} steps. */
    static Gen<Scenario> scenarios(int longest) {
        Gen<Integer> opening = Generate.range(0, Resolver.OPENINGS - 1);
        return SourceDSL.lists().of(opening).ofSize(Cast.ROOMS.size()).zip(Step.sequences(longest), Scenario::new);
    }

    /** The same openings with only the steps at {@code kept}. */
    Scenario keeping(List<Step> kept) {
        return new Scenario(openings, kept);
    }

    /**
     * The smallest scenario this one shrinks to by dropping steps, one at a time, as long as {@code fails} still holds:
     * no single step of the result can be dropped. Used only to print a failure.
     */
    Scenario minimal(Predicate<Scenario> fails) {
        List<Step> steps = new ArrayList<>(this.steps);
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (int i = steps.size() - 1; i >= 0; i--) {
                List<Step> without = new ArrayList<>(steps);
                without.remove(i);
                if (fails.test(keeping(without))) {
                    steps = without;
                    dropped = true;
                }
            }
        }
        return keeping(steps);
    }
}
