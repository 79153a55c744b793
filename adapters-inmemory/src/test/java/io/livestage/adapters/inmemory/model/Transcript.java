package io.livestage.adapters.inmemory.model;

import io.livestage.ports.Outcome;
import java.util.ArrayList;
import java.util.List;

/** The acts of a run with the facade's answers, numbered, as a failing run prints them. */
final class Transcript {

    private final List<String> lines = new ArrayList<>();

    /** Records an act (or any command) and what the facade answered ({@code null} for a clock move). */
    void add(Object act, Outcome<?> answer) {
        lines.add(String.format("%3d. %s%s", lines.size() + 1, act, answer == null ? "" : "  -> " + brief(answer)));
    }

    int size() {
        return lines.size();
    }

    /** {@code ok room-1#1 @5}, {@code not_in_call}. */
    static String brief(Outcome<?> outcome) {
        return outcome.fold(
                rejection -> rejection.code(),
                failure -> failure.code(),
                value -> "ok " + value + " @" + ((Outcome.Accepted<?>) outcome).sequence());
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
