package io.livestage.adapters.inmemory.model;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.EndCall;
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
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns step seeds into concrete acts against the rooms as they are now: the live call's id, someone whose hand is up,
 * the room's host... The rooms are read through a function, so the same seeds resolve against the oracle (in the
 * model test) or the store (where there is no oracle). Remembers the keyed commands, for retries and key reuse.
 */
final class Resolver {

    private final Function<RoomId, Option<Room>> rooms;
    private final List<Act> keyed = new ArrayList<>();
    private int keys;

    Resolver(Function<RoomId, Option<Room>> rooms) {
        this.rooms = rooms;
    }

    /**
     * Before the random steps: the room {@code creator} creates in slot {@code slot}, then joins. The seed picks the
     * user and the policy ({@link #OPENING_POLICIES}).
     */
    List<Act> opening(int slot, int creator) {
        UserId host = Cast.USERS.get(creator / OPENING_POLICIES.length % Cast.USERS.size());
        RoomId room = Cast.ROOMS.get(slot);
        int variant = OPENING_POLICIES[creator % OPENING_POLICIES.length];
        boolean refused = variant == Cast.POLICIES.size();
        return List.of(
                new Act.Issue(
                        host,
                        new CreateRoom(
                                room,
                                refused ? REFUSED_NAME : Cast.NAMES.get(0),
                                Cast.POLICIES.get(refused ? 0 : variant).policy()),
                        Option.none()),
                new Act.Issue(host, new JoinRoom(room), Option.none()));
    }

    /**
     * Stage rooms mostly; now and then a plain call, a quiet stage, or (one past the last policy) a name the room refuses,
     * which leaves the slot free.
     */
    private static final int[] OPENING_POLICIES = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 3, 3, 4};

    /** A name no room accepts (a control character). */
    private static final String REFUSED_NAME = "AMA\nnight";

    /** Seeds of openings: user (0-7) times policy. */
    static final int OPENINGS = Cast.USERS.size() * OPENING_POLICIES.length;

    Act resolve(Step step) {
        if (step.move() == Step.Move.WAIT) {
            return new Act.Wait(Cast.WAITS.get(step.what() % Cast.WAITS.size()));
        }
        if (step.move() == Step.Move.RETRY) {
            return keyed.isEmpty() ? new Act.Nothing() : keyed.get(keyed.size() - 1 - step.what() % keyed.size());
        }
        Option<String> key = keyFor(step);
        Act act;
        if (step.move() == Step.Move.CREATE_ROOM_WITHOUT_ID) {
            act = new Act.CreateWithoutId(
                    Cast.USERS.get(step.who() % Cast.USERS.size()),
                    Cast.NAMES.get(step.what() % Cast.NAMES.size()),
                    Cast.POLICIES.get(step.whom() % Cast.POLICIES.size()),
                    key);
        } else {
            RoomId roomId = step.where() < 19 ? Cast.ROOMS.get(step.where() % Cast.ROOMS.size()) : Cast.NOWHERE;
            act = issue(step, roomId, rooms.apply(roomId), key);
        }
        if (key.isDefined()) {
            keyed.add(act);
        }
        return act;
    }

    private Option<String> keyFor(Step step) {
        if (step.key() < 14) {
            return Option.none();
        }
        if (step.key() >= 18 && !keyed.isEmpty()) {
            return keyOf(keyed.get(keyed.size() - 1));
        }
        return Option.some("k" + ++keys);
    }

    private Act.Issue issue(Step step, RoomId roomId, Option<Room> room, Option<String> key) {
        CallId call = call(roomId, room, step.aim());
        Vector<UserId> moderators = moderators(room);
        Vector<UserId> audience = present(room, p -> p.standing() == Standing.AUDIENCE);
        Vector<UserId> hands = room.flatMap(Room::call)
                .map(c -> c.hands().inOrder().toVector())
                .getOrElse(Vector.empty());
        Vector<UserId> invitees = present(room, p -> p.invitation().isDefined());
        Vector<UserId> onStage =
                present(room, p -> p.standing() == Standing.SPEAKER || p.standing() == Standing.CO_HOST);
        Vector<UserId> members = present(room, p -> !p.standing().isModerator());
        Vector<UserId> everyone = present(room, p -> true);
        Vector<UserId> coHosts =
                room.map(r -> r.authority().coHosts().toVector()).getOrElse(Vector.empty());
        Vector<UserId> banned = room.map(r -> r.banned().toVector().sorted()).getOrElse(Vector.empty());
        // Absent moderators first: in a room that requires a host, nobody else can join until one is back.
        Vector<UserId> outside =
                moderators(room).appendAll(Vector.ofAll(Cast.USERS)).distinct().removeAll(everyone);
        Vector<QuestionId> questions = room.flatMap(Room::call)
                .map(c -> c.questions().open().map(q -> q.id()).toVector())
                .getOrElse(Vector.empty());
        QuestionId question = step.whom() < Cast.USERS.size() || questions.isEmpty()
                ? new QuestionId(1 + step.whom() % 4)
                : questions.get(step.whom() % questions.size());
        return switch (step.move()) {
            case JOIN -> issue(pick(step.who(), outside), new JoinRoom(roomId), key);
            case LEAVE -> issue(pick(step.who(), everyone), new Leave(call), key);
            case RAISE_HAND -> issue(pick(step.who(), audience), new RaiseHand(call), key);
            case LOWER_HAND ->
                issue(
                        pick(step.who(), hands.appendAll(moderators)),
                        new LowerHand(call, pick(step.whom(), hands)),
                        key);
            case LOWER_ALL_HANDS -> issue(pick(step.who(), moderators), new LowerAllHands(call), key);
            case PROMOTE ->
                issue(
                        pick(step.who(), moderators),
                        new PromoteToSpeaker(call, pick(step.whom(), hands.appendAll(audience))),
                        key);
            case DEMOTE ->
                issue(
                        pick(step.who(), moderators.appendAll(onStage)),
                        new DemoteToAudience(call, pick(step.whom(), onStage)),
                        key);
            case ACCEPT_INVITATION -> issue(pick(step.who(), invitees), new AcceptInvitation(call), key);
            case DECLINE_INVITATION -> issue(pick(step.who(), invitees), new DeclineInvitation(call), key);
            case SUBMIT_QUESTION ->
                issue(
                        pick(step.who(), audience),
                        new SubmitStageQuestion(
                                call, Cast.QUESTIONS.get(step.what() % Cast.QUESTIONS.size()), step.whom() % 2 == 0),
                        key);
            case ANSWER_QUESTION -> issue(pick(step.who(), moderators), new AnswerQuestion(call, question), key);
            case DISMISS_QUESTION -> issue(pick(step.who(), moderators), new DismissQuestion(call, question), key);
            case ASSIGN_CO_HOST ->
                issue(pick(step.who(), moderators), new AssignCoHost(roomId, pick(step.whom(), members)), key);
            case REVOKE_CO_HOST ->
                issue(pick(step.who(), moderators), new RevokeCoHost(roomId, pick(step.whom(), coHosts)), key);
            case TRANSFER_HOST ->
                issue(pick(step.who(), moderators), new TransferHost(roomId, pick(step.whom(), everyone)), key);
            case REMOVE ->
                issue(
                        pick(step.who(), moderators),
                        new RemoveParticipant(call, pick(step.whom(), members), step.what() % 2 == 0),
                        key);
            case UNBAN -> issue(pick(step.who(), moderators), new Unban(roomId, pick(step.whom(), banned)), key);
            case END_CALL -> issue(pick(step.who(), moderators), new EndCall(call), key);
            case CLOSE_ROOM -> issue(pick(step.who(), moderators), new CloseRoom(roomId), key);
            case CREATE_ROOM ->
                issue(
                        Cast.USERS.get(step.who() % Cast.USERS.size()),
                        new CreateRoom(
                                roomId,
                                Cast.NAMES.get(step.what() % Cast.NAMES.size()),
                                Cast.POLICIES
                                        .get(step.whom() % Cast.POLICIES.size())
                                        .policy()),
                        key);
            default -> throw new IllegalStateException("resolved above: " + step.move());
        };
    }

    private static Option<String> keyOf(Act act) {
        return act instanceof Act.Issue issue
                ? issue.key()
                : act instanceof Act.CreateWithoutId create ? create.key() : Option.none();
    }

    private static Act.Issue issue(UserId user, Intent intent, Option<String> key) {
        return new Act.Issue(user, intent, key);
    }

    /** 0-7: that user of the cast; 8-22: one of {@code suited}, or a user of the cast if none suits. */
    private static UserId pick(int seed, Vector<UserId> suited) {
        if (seed < Cast.USERS.size() || suited.isEmpty()) {
            return Cast.USERS.get(seed % Cast.USERS.size());
        }
        return suited.get((seed - Cast.USERS.size()) % suited.size());
    }

    /** The live call; the next call's id if none is live (a stale id either way when {@code aim} is 9). */
    private static CallId call(RoomId roomId, Option<Room> room, int aim) {
        CallId current = room.flatMap(Room::liveCallId)
                .getOrElse(() -> room.map(Room::nextCallId).getOrElse(new CallId(roomId, 1)));
        if (aim < 9) {
            return current;
        }
        return new CallId(roomId, current.ordinal() > 1 ? current.ordinal() - 1 : current.ordinal() + 1);
    }

    /** Moderators present, host first; the room's host and co-hosts if none is present. */
    private static Vector<UserId> moderators(Option<Room> room) {
        if (room.isEmpty()) {
            return Vector.empty();
        }
        Vector<UserId> present = room.get().moderatorsPresent().toVector();
        return present.isEmpty() ? room.get().authority().moderators().toVector() : present;
    }

    private static Vector<UserId> present(Option<Room> room, Predicate<Participant> suits) {
        return room.flatMap(Room::call)
                .map(Call::participants)
                .map(participants -> participants
                        .values()
                        .filter(suits)
                        .map(Participant::id)
                        .toVector()
                        .sorted())
                .getOrElse(Vector.empty());
    }
}
