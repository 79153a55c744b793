package io.livestage.benchmarks.baseline;

import java.util.List;

/**
 * What a baseline answers a command: refused with livestage's rejection code, or accepted with its events (none when
 * the goal already held).
 *
 * @param rejection the code, or null when accepted
 * @param events the events, in sequence order
 */
public record Verdict(String rejection, List<Event> events) {

    static final Verdict NOTHING = new Verdict(null, List.of());

    static Verdict refused(String code) {
        return new Verdict(code, List.of());
    }

    public boolean accepted() {
        return rejection == null;
    }
}
