package io.livestage.domain.rules;

import io.livestage.domain.command.Command;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import java.time.Instant;

/**
 * What a rule reads: the command and the room it applies to, after the pipeline's common checks (the room exists and
 * is open, a named call is the live one, the actor is a user, present where the action needs it, and authorized).
 */
record Context(Command command, Room room, UserId actor) {

    Instant now() {
        return command.at();
    }

    StagePolicy policy() {
        return room.policy();
    }

    /** The live call. Only for intents that name a call, which the pipeline checked is live. */
    Call call() {
        return room.call().get();
    }

    Standing standingOf(UserId user) {
        return room.standingOf(user);
    }

    /** A participant the pipeline or the rule already found present. */
    Participant present(UserId user) {
        return call().participant(user).get();
    }

    boolean isSelf(UserId user) {
        return actor.equals(user);
    }

    /** Whether another member fits on stage (members only: the host and co-hosts do not take seats). */
    boolean stageHasSeat() {
        return call().membersOnStage() < policy().maxSpeakers();
    }
}
