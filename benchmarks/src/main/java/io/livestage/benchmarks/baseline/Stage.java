package io.livestage.benchmarks.baseline;

import java.time.Instant;

/** A baseline room's commands: those of the benchmark workloads, with livestage's rules and rejection codes. */
public interface Stage {

    Verdict join(String user, Instant now);

    Verdict leave(String user, Instant now);

    Verdict raiseHand(String user, Instant now);

    Verdict lowerHand(String actor, String target, Instant now);

    Verdict promote(String actor, String target, Instant now);

    Verdict demote(String actor, String target, Instant now);

    Verdict submitQuestion(String actor, String text, boolean anonymous, Instant now);

    Verdict answerQuestion(String actor, int question, Instant now);

    Verdict dismissQuestion(String actor, int question, Instant now);

    /** Sends each of {@code events} to each user it reaches: the users listed, or everyone present now. */
    void deliver(Iterable<Event> events, Delivery delivery);

    /** Sends each event to each user it reaches. */
    @FunctionalInterface
    interface Delivery {
        void send(String user, Event event);
    }
}
