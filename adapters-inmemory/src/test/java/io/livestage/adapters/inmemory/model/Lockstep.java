package io.livestage.adapters.inmemory.model;

import io.livestage.domain.Capabilities;
import io.livestage.domain.command.Targeted;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.state.Room;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a scenario on the wired service and on the {@link Oracle} side by side, and after every act checks that they
 * agree: the facade's answer; then, for each room the act named or changed (on either side), every cast member's
 * stage view, what each one's subscription received and what {@code eventsSince(0)} replays; for every other room,
 * that the store holds the oracle's room and no subscription received anything; and the acting user's capabilities.
 * At the end every room is checked in full. The first disagreement throws an {@link AssertionError} naming the step,
 * both sides, and the acts run so far with the facade's answers.
 */
final class Lockstep {

    private final WiredStage stage;
    private final Oracle oracle;
    private final Resolver resolver;
    private final Transcript transcript = new Transcript();
    private int commands;

    private Lockstep(Oracle.Windows windows) {
        stage = new WiredStage(windows.store());
        oracle = new Oracle(windows);
        resolver = new Resolver(oracle::room);
    }

    /** Runs {@code scenario} on a store with {@code windows}; returns how many facade commands it issued. */
    static int run(Scenario scenario, Oracle.Windows windows) {
        Lockstep run = new Lockstep(windows);
        for (int slot = 0; slot < scenario.openings().size(); slot++) {
            run.resolver.opening(slot, scenario.openings().get(slot)).forEach(run::step);
        }
        scenario.steps().forEach(step -> run.step(run.resolver.resolve(step)));
        run.finish();
        return run.commands;
    }

    /** Whether {@code scenario} ends in a disagreement. */
    static boolean disagrees(Scenario scenario, Oracle.Windows windows) {
        try {
            run(scenario, windows);
            return false;
        } catch (AssertionError disagreement) {
            return true;
        }
    }

    /** The scenario's acts as the oracle resolves them, with the oracle's answers: for printing a failing input. */
    static String describe(Scenario scenario, Oracle.Windows windows) {
        Oracle oracle = new Oracle(windows);
        Resolver resolver = new Resolver(oracle::room);
        Transcript transcript = new Transcript();
        for (int slot = 0; slot < scenario.openings().size(); slot++) {
            for (Act act : resolver.opening(slot, scenario.openings().get(slot))) {
                transcript.add(act, oracle.apply(act));
            }
        }
        for (Step step : scenario.steps()) {
            Act act = resolver.resolve(step);
            transcript.add(act, oracle.apply(act));
        }
        return "\n" + transcript + "\n(answers above are the oracle's)";
    }

    private void step(Act act) {
        Map<RoomId, Long> before = sequences();
        Outcome<?> answered = perform(act);
        Outcome<?> expected = oracle.apply(act);
        transcript.add(act, answered);
        agree("the answer", expected, answered);
        oracle.rooms().forEach(stage::watch);
        Map<RoomId, Long> after = sequences();
        for (RoomId room : stage.watched()) {
            boolean touched = !Objects.equals(before.get(room), after.get(room))
                    || act instanceof Act.Issue issue && issue.intent().room().equals(room);
            if (touched) {
                everything(room);
            } else {
                unchanged(room);
            }
        }
        if (act instanceof Act.Issue issue) {
            capabilities(issue);
        }
    }

    /** At the end: every room, fully. */
    private void finish() {
        stage.watched().forEach(this::everything);
    }

    /** The oracle's sequence number of each room it knows. */
    private Map<RoomId, Long> sequences() {
        Map<RoomId, Long> sequences = new HashMap<>();
        oracle.rooms()
                .forEach(room -> sequences.put(room, oracle.room(room).get().sequence()));
        return sequences;
    }

    /** Every view, subscription and replay of a room the step changed or named. */
    private void everything(RoomId room) {
        for (UserId user : Cast.USERS) {
            agree(
                    "the stage view of " + room + " for " + user,
                    oracle.view(user, room),
                    stage.service.stageView(user, room));
            List<Delivery> deliveries = oracle.deliveries(room, user);
            agree("what " + user + "'s subscription to " + room + " received", deliveries, stage.received(room, user));
            agree(
                    "eventsSince(0) of " + room + " for " + user,
                    oracle.replay(user, room),
                    stage.service.eventsSince(user, room, 0));
        }
    }

    /** A room the step did not touch, cheaply: the store holds the oracle's room, and nobody received anything. */
    private void unchanged(RoomId room) {
        agree("the stored state of " + room, oracle.room(room), stage.room(room));
        for (UserId user : Cast.USERS) {
            agree(
                    "how many events " + user + "'s subscription to " + room + " received",
                    oracle.deliveries(room, user).size(),
                    stage.received(room, user).size());
        }
    }

    private Outcome<?> perform(Act act) {
        if (act instanceof Act.Issue issue) {
            commands++;
            return issue.invoke(stage.service);
        }
        if (act instanceof Act.CreateWithoutId create) {
            commands++;
            return create.invoke(stage.service);
        }
        if (act instanceof Act.Wait wait) {
            stage.clock.advance(wait.elapsed());
        }
        return null;
    }

    /** The actor's own capabilities in the room, and towards the target if the command has one. */
    private void capabilities(Act.Issue issue) {
        RoomId room = issue.intent().room();
        UserId user = issue.user();
        Option<Room> state = oracle.room(room);
        agree(
                "the capabilities of " + user + " in " + room,
                state.<Outcome<?>>map(
                                r -> new Outcome.Accepted<>(Capabilities.own(r, user, oracle.now()), r.sequence()))
                        .getOrElse(() -> new Outcome.Rejected<>(new RoomNotFound(room))),
                stage.service.capabilities(user, room, Option.none()));
        if (issue.intent() instanceof Targeted targeted) {
            UserId target = targeted.target();
            agree(
                    "the capabilities of " + user + " towards " + target + " in " + room,
                    state.<Outcome<?>>map(r -> new Outcome.Accepted<>(
                                    Capabilities.towards(r, user, target, oracle.now()), r.sequence()))
                            .getOrElse(() -> new Outcome.Rejected<>(new RoomNotFound(room))),
                    stage.service.capabilities(user, room, Option.some(target)));
        }
    }

    private void agree(String what, Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return;
        }
        throw new AssertionError("The facade and the decider disagree on " + what + " after step " + transcript.size()
                + ".\n" + difference(expected, actual) + "\nSteps run, with the facade's answers:\n" + transcript);
    }

    /** Both sides; for two lists, where they first part. */
    private static String difference(Object expected, Object actual) {
        if (expected instanceof List<?> wanted && actual instanceof List<?> got) {
            int i = 0;
            while (i < wanted.size() && i < got.size() && Objects.equals(wanted.get(i), got.get(i))) {
                i++;
            }
            return "  " + wanted.size() + " expected, " + got.size() + " received; first difference at #" + (i + 1)
                    + "\n  decider (oracle): " + (i < wanted.size() ? wanted.get(i) : "nothing more")
                    + "\n  facade:           " + (i < got.size() ? got.get(i) : "nothing more");
        }
        return "  decider (oracle): " + expected + "\n  facade:           " + actual;
    }
}
