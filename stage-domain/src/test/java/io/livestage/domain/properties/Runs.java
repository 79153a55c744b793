package io.livestage.domain.properties;

import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs generated scenarios through a check, after every command, and says which command broke it. */
final class Runs {

    /** Scenarios per property; {@code -Dlivestage.examples=100000} for a long run. */
    static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);

    private Runs() {}

    /**
     * Checks {@code EXAMPLES} generated scenarios. A failure shrinks (QuickTheories) and is reported with the sequence
     * as readable commands, then once more with every command that does not matter to the failure deleted.
     */
    static void forEveryStep(Supplier<StepCheck> check) {
        qt().withExamples(EXAMPLES).forAll(Scenario.scenarios()).checkAssert(scenario -> verify(scenario, check));
    }

    /** Every step of one scenario through a fresh check. */
    static void verify(Scenario scenario, Supplier<StepCheck> check) {
        firstFailure(scenario, check).forEach(failure -> {
            throw new Broken(scenario, check, failure);
        });
    }

    /** The first step after which the check fails, with its failure. */
    private static Option<AssertionError> firstFailure(Scenario scenario, Supplier<StepCheck> check) {
        StepCheck fresh = check.get();
        for (Step step : scenario.run()) {
            try {
                fresh.after(step);
            } catch (AssertionError broken) {
                AssertionError located = new AssertionError("after command " + step + "\n" + broken.getMessage());
                located.setStackTrace(broken.getStackTrace());
                return Option.some(located);
            }
        }
        return Option.none();
    }

    /**
     * Deletes commands one at a time, from the last, keeping each deletion after which the check still fails, until no
     * single deletion keeps it failing. The commands left all matter to the failure.
     */
    static Scenario withoutNeedlessCommands(Scenario scenario, Supplier<StepCheck> check) {
        Scenario smallest = scenario;
        boolean deleted = true;
        while (deleted) {
            deleted = false;
            for (int i = smallest.seeds().size() - 1; i >= 0; i--) {
                List<CommandSeed> fewer = new ArrayList<>(smallest.seeds());
                fewer.remove(i);
                Scenario candidate = new Scenario(smallest.policy(), smallest.opening(), fewer);
                if (firstFailure(candidate, check).isDefined()) {
                    smallest = candidate;
                    deleted = true;
                }
            }
        }
        return smallest;
    }

    /**
     * A failed check. Its message, built only when printed, holds the failure and the sequence with the commands that
     * do not matter deleted; QuickTheories prints it under "Cause" of the smallest falsifying scenario.
     */
    static final class Broken extends AssertionError {

        private final transient Scenario scenario;
        private final transient Supplier<StepCheck> check;
        private transient String report;

        Broken(Scenario scenario, Supplier<StepCheck> check, AssertionError failure) {
            super(failure.getMessage());
            setStackTrace(failure.getStackTrace());
            this.scenario = scenario;
            this.check = check;
        }

        @Override
        public synchronized String getMessage() {
            if (report == null) {
                Scenario essential = withoutNeedlessCommands(scenario, check);
                String failure = firstFailure(essential, check)
                        .map(Throwable::getMessage)
                        .getOrElse("");
                report = super.getMessage() + "\n\nThe same failure with every command that does not matter deleted:"
                        + essential + failure;
            }
            return report;
        }
    }
}
