package io.livestage.benchmarks;

import io.livestage.benchmarks.baseline.Event;
import io.livestage.benchmarks.baseline.RoomState;
import io.livestage.benchmarks.baseline.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The AMA room of an {@link AmaCast} in a baseline's {@link RoomState}, built by the same commands in the same order as
 * {@link LiveStageAma}. Built in place (each command applied to one state), then handed to a baseline: building a large
 * room through the copy-on-write baseline would copy the room once per join.
 */
public final class BaselineAma {

    private BaselineAma() {}

    public static RoomState build(AmaCast cast) {
        return build(cast, new ArrayList<>());
    }

    /** The room of {@code cast}, each of its events added to {@code history}. */
    public static RoomState build(AmaCast cast, List<Event> history) {
        RoomState room = empty();
        Instant at = AmaCast.BUILT_AT;
        history.addAll(accepted(room.join(AmaCast.HOST, at), "host joins").events());
        for (String coHost : AmaCast.CO_HOSTS) {
            history.addAll(accepted(room.join(coHost, at), "co-host joins").events());
        }
        for (String speaker : AmaCast.SPEAKERS) {
            history.addAll(accepted(room.join(speaker, at), "speaker joins").events());
            history.addAll(accepted(room.promote(AmaCast.HOST, speaker, at), "speaker promoted")
                    .events());
        }
        for (String user : cast.audience()) {
            history.addAll(accepted(room.join(user, at), "audience joins").events());
        }
        for (String user : cast.handsUp()) {
            history.addAll(accepted(room.raiseHand(user, at), "hand raised").events());
        }
        for (String user : cast.withQuestion()) {
            history.addAll(accepted(room.submitQuestion(user, AmaCast.QUESTION, false, at), "question asked")
                    .events());
        }
        return room;
    }

    /** The AMA room before anyone joined: host and co-hosts appointed, no call. */
    public static RoomState empty() {
        return new RoomState(AmaCast.policy(), AmaCast.HOST, AmaCast.CO_HOSTS);
    }

    /** The verdict of an accepted command that emitted events; throws if the workload was refused or did nothing. */
    public static Verdict accepted(Verdict verdict, String what) {
        if (!verdict.accepted() || verdict.events().isEmpty()) {
            throw new IllegalStateException("the workload went wrong: " + what + " gave " + verdict.rejection());
        }
        return verdict;
    }
}
