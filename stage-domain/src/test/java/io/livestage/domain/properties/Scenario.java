package io.livestage.domain.properties;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A generated history of one room: its policy, how it opens, and command seeds, at most 50 commands in all. The seeds
 * are a list, so QuickTheories shrinks a failing scenario by dropping seeds from the end and simplifying the rest;
 * {@link #toString()} prints the commands they became, with what the decider answered, one per line.
 *
 * @param policy the room's policy
 * @param opening what happens before the first seed
 * @param seeds the commands
 */
record Scenario(PolicySeed policy, Opening opening, List<CommandSeed> seeds) {

    /** How a sequence opens: most start in a live call, some in a room nobody joined, a few with no room at all. */
    enum Opening {
        /** The first member creates the room and joins it. */
        HOST_IN_CALL,
        /** The first member creates the room; nobody joins. */
        EMPTY_ROOM,
        /** No room: the commands meet nothing until one creates it. */
        NO_ROOM;

        static Opening of(int draw) {
            return draw < 15 ? HOST_IN_CALL : draw < 19 ? EMPTY_ROOM : NO_ROOM;
        }
    }

    /** Longest sequence of commands, the opening (creating the room and joining it) included. */
    static final int MAX_COMMANDS = 50;

    /**
     * Scenarios of at most 50 commands: the opening, then 1 to 48 seeds. Three in four open with the host in the call,
     * one in twenty without a room.
     */
    static Gen<Scenario> scenarios() {
        return PolicySeed.policies()
                .zip(
                        Generate.range(0, 19).map(Opening::of),
                        SourceDSL.lists().of(CommandSeed.seeds()).ofSizeBetween(1, MAX_COMMANDS - 2),
                        Scenario::new);
    }

    /** Runs the commands through the decider, each against the room the previous ones left. */
    Vector<Step> run() {
        StagePolicy rules = policy.policy();
        Vector<Step> steps = Vector.empty();
        Option<Room> state = StageDecider.initialState();
        Seq<StageEvent> history = Vector.empty();
        Instant now = Cast.T0;
        if (opening != Opening.NO_ROOM) {
            for (Command command : Interpreter.opening(rules, opening == Opening.HOST_IN_CALL)) {
                Step first = step(0, command, state, history);
                steps = steps.append(first);
                state = first.after();
                history = first.history();
            }
        }
        for (int i = 0; i < seeds.size(); i++) {
            CommandSeed seed = seeds.get(i);
            now = now.plusSeconds(seed.pauseSeconds());
            Step step = step(i + 1, Interpreter.command(seed, i + 1, now, state, rules), state, history);
            steps = steps.append(step);
            state = step.after();
            history = step.history();
            now = step.command().at();
        }
        return steps;
    }

    private static Step step(int number, Command command, Option<Room> state, Seq<StageEvent> history) {
        Either<Rejection, Transition> outcome = StageDecider.handle(command, state);
        Seq<StageEvent> after =
                history.appendAll(outcome.map(Transition::stageEvents).getOrElse(Vector.empty()));
        return new Step(number, command, state, outcome, after);
    }

    @Override
    public String toString() {
        String start = opening == Opening.NO_ROOM
                ? "\n(no room at first; rooms created below get " + PolicySeed.describe(policy.policy()) + ")\n"
                : "\n";
        return run().map(Step::toString).mkString(start, "\n", "\n");
    }
}
