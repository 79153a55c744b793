package io.livestage.domain.properties;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Invitation;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Question;
import io.livestage.domain.state.Room;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Reads a {@link CommandSeed} against the room as it is now and turns it into a command. Valid and hostile commands
 * come out of the same seeds: the wrong actor, a stale or future call id, another room's ids, a stranger, an absent
 * member, a question that does not exist, texts that break the rules.
 */
final class Interpreter {

    /** Question texts: valid, perhaps too long for the policy, valid once trimmed, blank, control, far too long. */
    static final Vector<String> QUESTIONS = Vector.of(
            "Why?", "How does key rotation work?", "  line one\n\tline two  ", "   ", "ring\u0007", "x".repeat(600));

    private static final String NAME = "AMA";

    private Interpreter() {}

    /**
     * The command for {@code seed}, the {@code number}-th of its sequence, at {@code now}, in {@code state}. A deadline
     * command usually comes when its deadline is due, as a scheduler's would: the clock moves on to it.
     */
    static Command command(CommandSeed seed, int number, Instant now, Option<Room> state, StagePolicy policy) {
        Kind kind = seed.intentKind();
        Actor actor = actor(kind, seed, state);
        Intent intent = intent(kind, seed, actor, state, policy);
        Instant at = kind.isDeadline() && seed.pick() < 4
                ? deadline(intent, state).filter(now::isBefore).getOrElse(now)
                : now;
        return new Command(CommandId.of("c" + number), at, actor, intent);
    }

    /** When the deadline a scheduler's command is about falls due: host-absence deadline or invitation expiry. */
    private static Option<Instant> deadline(Intent intent, Option<Room> state) {
        Option<Call> call = state.flatMap(Room::call);
        if (intent instanceof ExpireInvitation expire) {
            return call.flatMap(c -> c.participant(expire.target()))
                    .flatMap(Participant::invitation)
                    .map(Invitation::expiresAt);
        }
        return call.flatMap(Call::hostAbsentUntil);
    }

    private static Actor actor(Kind kind, CommandSeed seed, Option<Room> state) {
        boolean entering = kind == Kind.JOIN_ROOM || kind == Kind.CREATE_ROOM;
        return switch (seed.twisted()) {
            case ANY_ACTOR -> Actor.user(Cast.MEMBERS.get(seed.pick() % Cast.MEMBERS.size()));
            case STRANGER -> Actor.user(entering ? Cast.MEMBERS.get(seed.pick() % Cast.MEMBERS.size()) : Cast.STRANGER);
            case WRONG_KIND -> kind.isDeadline() ? Actor.user(host(state)) : Actor.SCHEDULER;
            default -> kind.isDeadline() ? Actor.SCHEDULER : Actor.user(naturalActor(kind, seed, state));
        };
    }

    /** The user who would plausibly issue this command now. */
    private static UserId naturalActor(Kind kind, CommandSeed seed, Option<Room> state) {
        int pick = seed.pick();
        Option<UserId> moderator = nth(moderatorsPresent(state), pick);
        Option<UserId> natural = switch (kind) {
            case JOIN_ROOM -> joiner(state, pick);
            case CREATE_ROOM -> Option.some(Cast.MEMBERS.head());
            case LEAVE -> pick == 0 ? moderator : nth(present(state, null), pick);
            case RAISE_HAND -> nth(present(state, Standing.AUDIENCE), pick);
            case SUBMIT_STAGE_QUESTION ->
                pick < 3
                        ? lastAuthor(state).orElse(() -> nth(present(state, Standing.AUDIENCE), pick))
                        : nth(present(state, Standing.AUDIENCE), pick);
            case ACCEPT_INVITATION, DECLINE_INVITATION ->
                nth(invitees(state), pick).orElse(() -> nth(present(state, Standing.AUDIENCE), pick));
            case LOWER_HAND -> seed.flag() ? nth(hands(state), pick) : moderator;
            case DEMOTE_TO_AUDIENCE -> seed.flag() ? nth(onStage(state), pick) : moderator;
            case ASSIGN_CO_HOST, REVOKE_CO_HOST, TRANSFER_HOST, CLOSE_ROOM -> Option.none();
            default -> moderator;
        };
        return natural.getOrElse(() -> host(state));
    }

    /** A member not in the call and not banned. */
    private static Option<UserId> joiner(Option<Room> state, int pick) {
        return state.flatMap(
                room -> nth(Cast.MEMBERS.filter(user -> !room.isPresent(user) && !room.isBanned(user)), pick));
    }

    private static Intent intent(Kind kind, CommandSeed seed, Actor actor, Option<Room> state, StagePolicy policy) {
        boolean misrouted = seed.twisted() == CommandSeed.Twist.WRONG_CALL;
        CallId call = misrouted ? wrongCall(seed.pick(), state) : currentCall(state);
        RoomId room = misrouted && seed.pick() % 3 == 2 && state.isDefined() ? Cast.ELSEWHERE : Cast.ROOM;
        UserId target = seed.twisted() == CommandSeed.Twist.ANY_TARGET
                ? Cast.EVERYONE.get(seed.pick())
                : naturalTarget(kind, seed, actor, state);
        UserId selfOrTarget = seed.flag() ? actor.userId().getOrElse(target) : target;
        QuestionId question = question(seed.variant(), state);
        return switch (kind) {
            case JOIN_ROOM -> new JoinRoom(room);
            case LEAVE -> new Leave(call);
            case RAISE_HAND -> new RaiseHand(call);
            case LOWER_HAND -> new LowerHand(call, selfOrTarget);
            case LOWER_ALL_HANDS -> new LowerAllHands(call);
            case PROMOTE_TO_SPEAKER -> new PromoteToSpeaker(call, target);
            case DEMOTE_TO_AUDIENCE -> new DemoteToAudience(call, selfOrTarget);
            case ACCEPT_INVITATION -> new AcceptInvitation(call);
            case DECLINE_INVITATION -> new DeclineInvitation(call);
            case SUBMIT_STAGE_QUESTION -> new SubmitStageQuestion(call, QUESTIONS.get(seed.variant()), seed.flag());
            case ANSWER_QUESTION -> new AnswerQuestion(call, question);
            case DISMISS_QUESTION -> new DismissQuestion(call, question);
            case ASSIGN_CO_HOST -> new AssignCoHost(room, target);
            case REVOKE_CO_HOST -> new RevokeCoHost(room, target);
            case TRANSFER_HOST -> new TransferHost(room, target);
            case REMOVE_PARTICIPANT -> new RemoveParticipant(call, target, seed.flag());
            case UNBAN -> new Unban(room, target);
            case END_CALL -> new EndCall(call);
            case CLOSE_ROOM -> new CloseRoom(room);
            case END_CALL_IF_HOST_ABSENT -> new EndCallIfHostAbsent(call);
            case EXPIRE_INVITATION -> new ExpireInvitation(call, target);
            case CREATE_ROOM -> create(seed.variant(), room, policy);
        };
    }

    /** Who this command would plausibly aim at now; anyone, if nobody fits. */
    private static UserId naturalTarget(Kind kind, CommandSeed seed, Actor actor, Option<Room> state) {
        int pick = seed.variant();
        Vector<UserId> audience = present(state, Standing.AUDIENCE);
        Vector<UserId> others =
                present(state, null).filter(user -> !actor.userId().contains(user));
        Option<UserId> natural = switch (kind) {
            case LOWER_HAND -> nth(hands(state), pick).orElse(() -> nth(audience, pick));
            case PROMOTE_TO_SPEAKER ->
                pick % 2 == 0 ? nth(hands(state), pick).orElse(() -> nth(audience, pick)) : nth(audience, pick);
            case DEMOTE_TO_AUDIENCE -> nth(onStage(state), pick);
            case ASSIGN_CO_HOST ->
                pick == 5 ? nth(banned(state), pick) : nth(others.filter(user -> !isModerator(state, user)), pick);
            case REVOKE_CO_HOST ->
                nth(state.map(room -> room.authority().coHosts().toVector()).getOrElse(Vector.empty()), pick);
            case TRANSFER_HOST, REMOVE_PARTICIPANT -> nth(others.filter(user -> !user.equals(host(state))), pick);
            case UNBAN -> nth(banned(state), pick);
            case EXPIRE_INVITATION -> nth(invitees(state), pick);
            default -> Option.none();
        };
        return natural.getOrElse(() -> Cast.EVERYONE.get(pick));
    }

    /** An open question of the call (variants 0-3), else q1 or q2, which may not exist or be closed. */
    private static QuestionId question(int variant, Option<Room> state) {
        Vector<QuestionId> open = state.flatMap(Room::call)
                .map(call -> call.questions().open().map(Question::id).toVector())
                .getOrElse(Vector.empty());
        return variant < 4 && open.nonEmpty() ? open.get(variant % open.size()) : new QuestionId(1 + variant % 2);
    }

    /** The room's host now; the first member while there is no room. */
    private static UserId host(Option<Room> state) {
        return state.map(room -> room.authority().host()).getOrElse(Cast.MEMBERS.head());
    }

    /** Participants with this standing ({@code null}: everyone present), in name order. */
    private static Vector<UserId> present(Option<Room> state, Standing standing) {
        return state.flatMap(Room::call)
                .map(call -> call.participants()
                        .values()
                        .filter(p -> standing == null || p.standing() == standing)
                        .map(Participant::id)
                        .toVector()
                        .sorted())
                .getOrElse(Vector.empty());
    }

    private static Vector<UserId> moderatorsPresent(Option<Room> state) {
        return state.map(room -> room.moderatorsPresent().toVector()).getOrElse(Vector.empty());
    }

    /** Members on stage and co-hosts present: those who may be demoted or step down. */
    private static Vector<UserId> onStage(Option<Room> state) {
        return present(state, Standing.SPEAKER).appendAll(present(state, Standing.CO_HOST));
    }

    /** Raised hands, in queue order. */
    private static Vector<UserId> hands(Option<Room> state) {
        return state.flatMap(Room::call)
                .map(call -> call.hands().inOrder().toVector())
                .getOrElse(Vector.empty());
    }

    /** The author of the call's latest question, if still in the audience: someone who may ask again too soon. */
    private static Option<UserId> lastAuthor(Option<Room> state) {
        return state.flatMap(room -> room.call()
                .flatMap(call -> call.questions().byId().values().lastOption())
                .map(Question::author)
                .filter(author -> room.standingOf(author) == Standing.AUDIENCE));
    }

    /** Banned users, in name order. */
    private static Vector<UserId> banned(Option<Room> state) {
        return state.map(room -> room.banned().toVector().sorted()).getOrElse(Vector.empty());
    }

    /** Audience members holding an invitation, in name order. */
    private static Vector<UserId> invitees(Option<Room> state) {
        return state.flatMap(Room::call)
                .map(call -> call.participants()
                        .values()
                        .filter(p -> p.invitation().isDefined())
                        .map(Participant::id)
                        .toVector()
                        .sorted())
                .getOrElse(Vector.empty());
    }

    private static boolean isModerator(Option<Room> state, UserId user) {
        return state.exists(room -> room.authority().isModerator(user));
    }

    private static Option<UserId> nth(Vector<UserId> users, int index) {
        return users.isEmpty() ? Option.none() : Option.some(users.get(index % users.size()));
    }

    /** The live call or, between calls, the last one: a client may still hold it. */
    private static CallId currentCall(Option<Room> state) {
        int started = state.map(Room::callsStarted).getOrElse(0);
        return state.flatMap(Room::liveCallId).getOrElse(() -> new CallId(Cast.ROOM, Math.max(1, started)));
    }

    /** The call before the current one, the next one (not started yet), or a call of another room. */
    private static CallId wrongCall(int pick, Option<Room> state) {
        CallId current = currentCall(state);
        CallId next = new CallId(Cast.ROOM, state.map(Room::callsStarted).getOrElse(0) + 1);
        return switch (pick % 3) {
            case 0 -> current.ordinal() > 1 ? new CallId(Cast.ROOM, current.ordinal() - 1) : next;
            case 1 -> next;
            default -> new CallId(Cast.ELSEWHERE, current.ordinal());
        };
    }

    /** The room as the scenario wants it, or with a blank name, a control character, or a name too long. */
    private static CreateRoom create(int variant, RoomId room, StagePolicy policy) {
        return switch (variant) {
            case 3 -> new CreateRoom(room, "  ", policy);
            case 4 -> new CreateRoom(room, "A\u0000MA", policy);
            case 5 -> new CreateRoom(room, "n".repeat(101), policy);
            default -> new CreateRoom(room, NAME, policy);
        };
    }

    /** How a sequence with a room opens: the first member creates it, and perhaps joins it. */
    static Vector<Command> opening(StagePolicy policy, boolean join) {
        UserId host = Cast.MEMBERS.head();
        Command create = Command.by(host, new CreateRoom(Cast.ROOM, NAME, policy), CommandId.of("c0"), Cast.T0);
        Command enter = Command.by(host, new JoinRoom(Cast.ROOM), CommandId.of("c0-join"), Cast.T0);
        return join ? Vector.of(create, enter) : Vector.of(create);
    }
}
