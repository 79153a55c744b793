package io.livestage.adapters.inmemory.model;

import io.vavr.collection.Vector;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The seed of one step: small numbers that {@link Resolver} turns into a concrete {@link Act} against the rooms as
 * they are when the step runs ("the host of room-2 promotes someone whose hand is up"). Because a seed never names a
 * state that may not exist, any sub-list of a sequence is still a valid sequence, which is what lets a failing run
 * shrink.
 *
 * @param move what kind of step
 * @param who picks the actor: 0-7 a user of the cast, 8-22 someone the move suits (a moderator, an audience member...)
 * @param where picks the room: 0-18 one of the three slots, 19 a room nobody creates
 * @param whom picks the target, as {@code who} picks the actor (and the question: 0-7 any id, 8-22 an open one)
 * @param what picks the variant: text, name, ban, how long to wait, which keyed command to retry
 * @param key 0-13 no idempotency key, 14-17 a fresh key, 18-19 the key of an earlier keyed command (a reuse)
 * @param aim 0-8 the room's live call (or the next, if none is live), 9 a stale call id
 */
record Step(Move move, int who, int where, int whom, int what, int key, int aim) {

    /** The kinds of steps, with their relative weights in a random sequence. */
    enum Move {
        JOIN(14),
        LEAVE(4),
        RAISE_HAND(6),
        LOWER_HAND(4),
        LOWER_ALL_HANDS(2),
        PROMOTE(6),
        DEMOTE(4),
        ACCEPT_INVITATION(3),
        DECLINE_INVITATION(3),
        SUBMIT_QUESTION(6),
        ANSWER_QUESTION(4),
        DISMISS_QUESTION(3),
        ASSIGN_CO_HOST(3),
        REVOKE_CO_HOST(2),
        TRANSFER_HOST(2),
        REMOVE(4),
        UNBAN(3),
        END_CALL(1),
        CLOSE_ROOM(1),
        CREATE_ROOM(2),
        CREATE_ROOM_WITHOUT_ID(1),
        WAIT(7),
        RETRY(4);

        private final int weight;

        Move(int weight) {
            this.weight = weight;
        }
    }

    /** Each move repeated by its weight; the first is {@link Move#JOIN}, where shrinking takes a move. */
    private static final List<Move> WEIGHTED = Vector.of(Move.values())
            .flatMap(move -> Vector.fill(move.weight, () -> move))
            .asJava();

    /** Random steps. */
    static Gen<Step> steps() {
        Gen<Integer> pick = Generate.range(0, 22);
        Gen<Step> partial = Generate.range(0, WEIGHTED.size() - 1)
                .zip(
                        pick,
                        Generate.range(0, 19),
                        pick,
                        (move, who, where, whom) -> new Step(WEIGHTED.get(move), who, where, whom, 0, 0, 0));
        return partial.zip(
                Generate.range(0, 11),
                Generate.range(0, 19),
                Generate.range(0, 9),
                (step, what, key, aim) -> new Step(step.move(), step.who(), step.where(), step.whom(), what, key, aim));
    }

    /** Random sequences of 1 to {@code longest} steps. */
    static Gen<List<Step>> sequences(int longest) {
        return SourceDSL.lists().of(steps()).ofSizeBetween(1, longest);
    }
}
