package io.livestage.domain.rules;

import static io.livestage.domain.role.Standing.CO_HOST;
import static io.livestage.domain.role.Standing.HOST;

import io.livestage.domain.command.Action;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Standing;
import io.vavr.control.Option;

/**
 * Who may do what to whom: the one table of authority, by kind of actor, actor standing and target standing. The
 * decider consults it for every command; "may X do this to Y?" ({@code Capabilities}) runs the decider; and a test
 * builds the authorization matrix from this table and compares it with {@code docs/semantics.md}, so the three cannot
 * disagree.
 *
 * <p>Only authority lives here. Whether the target is present, on stage, or has a hand up is a precondition of each
 * rule, checked after this.
 */
public final class Permissions {

    private Permissions() {}

    /**
     * Whether this kind of actor may issue {@code action} at all: deadline actions come from the room's scheduler only,
     * every other action from a user only.
     *
     * @param standing the acting user's standing in the call, or {@link Standing#ABSENT} for the scheduler
     */
    public static Option<Rejection> checkActorKind(Action action, Actor actor, Standing standing) {
        boolean deadline = action.scope() == Action.Scope.DEADLINE;
        if (deadline && !(actor instanceof Actor.Scheduler)) {
            return Option.some(new NotAuthorized(action, standing, "only the room's scheduler issues deadlines"));
        }
        if (!deadline && !(actor instanceof Actor.User)) {
            return Option.some(new NotAuthorized(action, standing, "only a user issues this command"));
        }
        return Option.none();
    }

    /**
     * Whether {@code actor} may take {@code action} against {@code target}.
     *
     * @param action what is asked
     * @param actor the actor's standing (for room-level actions, their authority even when away from the call)
     * @param target the target and their standing, for actions that have one
     * @return the refusal, or none when authority allows it
     */
    public static Option<Rejection> check(Action action, Standing actor, Option<Target> target) {
        return switch (action) {
            case CREATE_ROOM, JOIN_ROOM, LEAVE, ACCEPT_INVITATION, DECLINE_INVITATION -> allowed();
            case END_CALL_IF_HOST_ABSENT, EXPIRE_INVITATION -> allowed();
            case RAISE_HAND ->
                require(action, actor, actor == Standing.AUDIENCE, "only an audience member raises a hand");
            case SUBMIT_STAGE_QUESTION ->
                require(action, actor, actor == Standing.AUDIENCE, "only an audience member submits stage questions");
            case LOWER_HAND ->
                require(
                        action,
                        actor,
                        actor.isModerator() || isSelf(target),
                        "a hand is lowered by its owner, the host or a co-host");
            case LOWER_ALL_HANDS, ANSWER_QUESTION, DISMISS_QUESTION, END_CALL, UNBAN, PROMOTE_TO_SPEAKER ->
                require(action, actor, actor.isModerator(), "only the host or a co-host may do this");
            case DEMOTE_TO_AUDIENCE -> demote(action, actor, target.get());
            case REMOVE_PARTICIPANT -> remove(action, actor, target.get());
            case ASSIGN_CO_HOST, REVOKE_CO_HOST, TRANSFER_HOST ->
                targetIsNotHost(target.get())
                        .orElse(() -> require(action, actor, actor == HOST, "only the host may do this"));
            case CLOSE_ROOM -> require(action, actor, actor == HOST, "only the host may close the room");
        };
    }

    private static Option<Rejection> demote(Action action, Standing actor, Target target) {
        return targetIsNotHost(target)
                .orElse(() -> target.standing() == CO_HOST
                        ? require(
                                action,
                                actor,
                                actor == HOST || target.self(),
                                "a co-host is demoted by the host or steps down")
                        : require(
                                action,
                                actor,
                                actor.isModerator() || target.self(),
                                "a speaker is demoted by the host or a co-host, or steps down"));
    }

    private static Option<Rejection> remove(Action action, Standing actor, Target target) {
        if (target.self()) {
            return Option.some(new NotAuthorized(action, actor, "nobody removes themself: leave instead"));
        }
        return targetIsNotHost(target)
                .orElse(() -> target.standing() == CO_HOST
                        ? require(action, actor, actor == HOST, "only the host removes a co-host")
                        : require(
                                action,
                                actor,
                                actor.isModerator(),
                                "only the host or a co-host removes a participant"));
    }

    private static Option<Rejection> targetIsNotHost(Target target) {
        return target.standing() == HOST ? Option.some(new TargetIsHost(target.id())) : Option.none();
    }

    private static boolean isSelf(Option<Target> target) {
        return target.exists(Target::self);
    }

    private static Option<Rejection> require(Action action, Standing actor, boolean allowed, String rule) {
        return allowed ? Option.none() : Option.some(new NotAuthorized(action, actor, rule));
    }

    private static Option<Rejection> allowed() {
        return Option.none();
    }

    /**
     * The user an action is aimed at.
     *
     * @param id the target
     * @param standing where they stand (for room-level actions, their authority even when away)
     * @param self whether the target is the actor
     */
    public record Target(UserId id, Standing standing, boolean self) {}
}
