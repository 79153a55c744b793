package io.livestage.benchmarks.decider;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Room sizes the decider benchmarks run at: everyone present, the host included. */
@State(Scope.Thread)
public abstract class Sized {

    @Param({"10", "1000", "100000"})
    public int participants;
}
