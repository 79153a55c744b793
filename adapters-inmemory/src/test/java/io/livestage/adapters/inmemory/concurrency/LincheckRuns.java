package io.livestage.adapters.inmemory.concurrency;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * How long the Lincheck tests look: random scenarios of three threads with up to three operations each (after a few
 * sequential ones), a number of scenarios that scales with {@code livestage.examples} (1,000 by default: 20 scenarios;
 * 100,000 for a long run: 2,000), and a fixed number of interleavings (model checking) or runs (stress) per scenario.
 *
 * <p>Lincheck instruments classes through its Java agent, attached to the test JVM at run time: Surefire runs these
 * tests on the class path with {@code -Djdk.attach.allowAttachSelf=true -XX:+EnableDynamicAgentLoading} (see the
 * module's pom).
 */
final class LincheckRuns {

    private LincheckRuns() {}

    /** Scenarios to generate. */
    static int scenarios() {
        return Math.max(10, Integer.getInteger("livestage.examples", 1_000) / 50);
    }

    /** The model checker: explores interleavings systematically, switching threads at shared-memory accesses. */
    static ModelCheckingOptions modelChecking() {
        return new ModelCheckingOptions()
                .iterations(scenarios())
                .invocationsPerIteration(200)
                .threads(3)
                .actorsPerThread(3);
    }

    /**
     * The model checker on whole service calls (load, decide, save, relay: thousands of instrumented accesses each, so
     * far costlier to explore than a store operation): two threads of two calls, a quarter of the scenarios, 40
     * interleavings each.
     */
    static ModelCheckingOptions modelCheckingOfCalls() {
        return new ModelCheckingOptions()
                .iterations(Math.max(5, scenarios() / 4))
                .invocationsPerIteration(40)
                .threads(2)
                .actorsPerThread(2);
    }

    /** Real threads, many runs of each scenario. */
    static StressOptions stress() {
        return new StressOptions()
                .iterations(scenarios())
                .invocationsPerIteration(1_000)
                .threads(3)
                .actorsPerThread(3);
    }
}
