package io.livestage.benchmarks.decider;

/**
 * A livestage state whose operations rotate through prebuilt commands: successive operations touch different users,
 * as real traffic does. Command arrays have a power-of-two length (at most 1,024), so the rotation is a mask.
 */
public abstract class Rotating extends Sized {

    private int next;

    /** The index of the next command in an array of {@code length} (a power of two), then moves on. */
    int next(int length) {
        int index = next;
        next = (next + 1) & (length - 1);
        return index;
    }
}
