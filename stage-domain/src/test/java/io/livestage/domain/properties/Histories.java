package io.livestage.domain.properties;

import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.quicktheories.core.Gen;

/**
 * The property generator's room histories, for other modules' tests (the wire codec's round trips, the conformance
 * vectors): the same scenarios the domain's properties check, run through the decider, as public values.
 */
public final class Histories {

    private Histories() {}

    /** Generated histories of one room, each at most 50 commands. */
    public static Gen<History> histories() {
        return Scenario.scenarios().map(Histories::of);
    }

    /** Every user a generated history may name, the room's members first. */
    public static Seq<UserId> users() {
        return Cast.EVERYONE;
    }

    private static History of(Scenario scenario) {
        Vector<Step> steps = scenario.run();
        return new History(
                scenario.policy().policy(),
                steps.map(step -> new History.Turn(
                        step.command(), step.outcome().swap().toOption(), step.events(), step.after())),
                steps.isEmpty() ? Vector.empty() : steps.last().history());
    }

    /**
     * One generated history.
     *
     * @param policy the policy its room is (or would be) created with
     * @param turns each command with the decider's answer
     * @param events the room's whole history
     */
    public record History(StagePolicy policy, Seq<Turn> turns, Seq<StageEvent> events) {

        /**
         * One command and its answer.
         *
         * @param command what was asked
         * @param rejection why it was refused, if it was
         * @param events what it caused
         * @param after the room after it
         */
        public record Turn(Command command, Option<Rejection> rejection, Seq<StageEvent> events, Option<Room> after) {}
    }
}
