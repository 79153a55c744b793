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
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.Untrusted;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A facade command as the transport hands it over: every argument as untrusted text, so any one of them can be
 * replaced by garbage.
 *
 * @param method which facade method
 * @param user the caller's user id
 * @param key the caller's idempotency key, if any
 * @param place the room id or call id the method names (unused by {@code createRoom} without an id)
 * @param other the target user id or question id, for methods that have one
 * @param text the question text or room name, for methods that have one
 * @param policy the policy's settings as received, for {@code createRoom}; built by the transport ({@link
 *     Untrusted#withPolicy}), so settings out of range are answered {@code invalid_policy}
 * @param flag anonymous (questions) or ban (removal)
 */
record FacadeCall(
        Method method,
        String user,
        Option<String> key,
        String place,
        String other,
        String text,
        StagePolicy.Builder policy,
        boolean flag) {

    /** The facade's command methods, by what they take besides the caller. */
    enum Method {
        CREATE_ROOM(Place.ROOM, false, true),
        CREATE_ROOM_WITHOUT_ID(Place.NONE, false, true),
        JOIN_ROOM(Place.ROOM, false, false),
        LEAVE(Place.CALL, false, false),
        RAISE_HAND(Place.CALL, false, false),
        LOWER_HAND(Place.CALL, true, false),
        LOWER_ALL_HANDS(Place.CALL, false, false),
        PROMOTE_TO_SPEAKER(Place.CALL, true, false),
        DEMOTE_TO_AUDIENCE(Place.CALL, true, false),
        ACCEPT_INVITATION(Place.CALL, false, false),
        DECLINE_INVITATION(Place.CALL, false, false),
        SUBMIT_STAGE_QUESTION(Place.CALL, false, true),
        ANSWER_QUESTION(Place.CALL, true, false),
        DISMISS_QUESTION(Place.CALL, true, false),
        ASSIGN_CO_HOST(Place.ROOM, true, false),
        REVOKE_CO_HOST(Place.ROOM, true, false),
        TRANSFER_HOST(Place.ROOM, true, false),
        REMOVE_PARTICIPANT(Place.CALL, true, false),
        UNBAN(Place.ROOM, true, false),
        END_CALL(Place.CALL, false, false),
        CLOSE_ROOM(Place.ROOM, false, false);

        /** What the method's first argument names. */
        enum Place {
            NONE,
            ROOM,
            CALL
        }

        final Place place;
        final boolean hasOther;
        final boolean hasText;

        Method(Place place, boolean hasOther, boolean hasText) {
            this.place = place;
            this.hasOther = hasOther;
            this.hasText = hasText;
        }

        /** Whether the other argument is a question id (else a user id). */
        boolean otherIsQuestion() {
            return this == ANSWER_QUESTION || this == DISMISS_QUESTION;
        }
    }

    /** The policy of a command that takes none. */
    static final StagePolicy.Builder NO_POLICY = StagePolicy.builder();

    /** The text form of a model act ({@link Act.Issue} or {@link Act.CreateWithoutId}); none for a clock move. */
    static Option<FacadeCall> of(Act act) {
        if (act instanceof Act.CreateWithoutId create) {
            return Option.some(new FacadeCall(
                    Method.CREATE_ROOM_WITHOUT_ID,
                    create.user().value(),
                    create.key(),
                    "",
                    "",
                    create.name(),
                    StagePolicy.builder().from(create.policy().policy()),
                    false));
        }
        if (!(act instanceof Act.Issue issue)) {
            return Option.none();
        }
        String user = issue.user().value();
        Intent i = issue.intent();
        if (i instanceof CreateRoom c) {
            return call(
                    Method.CREATE_ROOM,
                    issue,
                    c.room().value(),
                    "",
                    c.name(),
                    StagePolicy.builder().from(c.policy()),
                    false);
        }
        if (i instanceof JoinRoom j) {
            return call(Method.JOIN_ROOM, issue, j.room().value(), "", "", NO_POLICY, false);
        }
        if (i instanceof Leave l) {
            return call(Method.LEAVE, issue, l.call().toString(), "", "", NO_POLICY, false);
        }
        if (i instanceof RaiseHand r) {
            return call(Method.RAISE_HAND, issue, r.call().toString(), "", "", NO_POLICY, false);
        }
        if (i instanceof LowerHand l) {
            return call(
                    Method.LOWER_HAND, issue, l.call().toString(), l.target().value(), "", NO_POLICY, false);
        }
        if (i instanceof LowerAllHands l) {
            return call(Method.LOWER_ALL_HANDS, issue, l.call().toString(), "", "", NO_POLICY, false);
        }
        if (i instanceof PromoteToSpeaker p) {
            return call(
                    Method.PROMOTE_TO_SPEAKER,
                    issue,
                    p.call().toString(),
                    p.target().value(),
                    "",
                    NO_POLICY,
                    false);
        }
        if (i instanceof DemoteToAudience d) {
            return call(
                    Method.DEMOTE_TO_AUDIENCE,
                    issue,
                    d.call().toString(),
                    d.target().value(),
                    "",
                    NO_POLICY,
                    false);
        }
        if (i instanceof AcceptInvitation a) {
            return call(Method.ACCEPT_INVITATION, issue, a.call().toString(), "", "", NO_POLICY, false);
        }
        if (i instanceof DeclineInvitation d) {
            return call(Method.DECLINE_INVITATION, issue, d.call().toString(), "", "", NO_POLICY, false);
        }
        if (i instanceof SubmitStageQuestion s) {
            return call(
                    Method.SUBMIT_STAGE_QUESTION, issue, s.call().toString(), "", s.text(), NO_POLICY, s.anonymous());
        }
        if (i instanceof AnswerQuestion a) {
            return call(
                    Method.ANSWER_QUESTION,
                    issue,
                    a.call().toString(),
                    a.question().toString(),
                    "",
                    NO_POLICY,
                    false);
        }
        if (i instanceof DismissQuestion d) {
            return call(
                    Method.DISMISS_QUESTION,
                    issue,
                    d.call().toString(),
                    d.question().toString(),
                    "",
                    NO_POLICY,
                    false);
        }
        if (i instanceof AssignCoHost a) {
            return call(
                    Method.ASSIGN_CO_HOST, issue, a.room().value(), a.target().value(), "", NO_POLICY, false);
        }
        if (i instanceof RevokeCoHost r) {
            return call(
                    Method.REVOKE_CO_HOST, issue, r.room().value(), r.target().value(), "", NO_POLICY, false);
        }
        if (i instanceof TransferHost t) {
            return call(
                    Method.TRANSFER_HOST, issue, t.room().value(), t.target().value(), "", NO_POLICY, false);
        }
        if (i instanceof RemoveParticipant r) {
            return call(
                    Method.REMOVE_PARTICIPANT,
                    issue,
                    r.call().toString(),
                    r.target().value(),
                    "",
                    NO_POLICY,
                    r.ban());
        }
        if (i instanceof Unban u) {
            return call(Method.UNBAN, issue, u.room().value(), u.target().value(), "", NO_POLICY, false);
        }
        if (i instanceof EndCall e) {
            return call(Method.END_CALL, issue, e.call().toString(), "", "", NO_POLICY, false);
        }
        if (i instanceof CloseRoom c) {
            return call(Method.CLOSE_ROOM, issue, c.room().value(), "", "", NO_POLICY, false);
        }
        throw new IllegalArgumentException("not a facade command of " + user + ": " + i);
    }

    private static Option<FacadeCall> call(
            Method method,
            Act.Issue issue,
            String place,
            String other,
            String text,
            StagePolicy.Builder policy,
            boolean flag) {
        return Option.some(new FacadeCall(method, issue.user().value(), issue.key(), place, other, text, policy, flag));
    }

    FacadeCall withUser(String user) {
        return new FacadeCall(method, user, key, place, other, text, policy, flag);
    }

    FacadeCall withKey(String key) {
        return new FacadeCall(method, user, Option.some(key), place, other, text, policy, flag);
    }

    FacadeCall withPlace(String place) {
        return new FacadeCall(method, user, key, place, other, text, policy, flag);
    }

    FacadeCall withOther(String other) {
        return new FacadeCall(method, user, key, place, other, text, policy, flag);
    }

    FacadeCall withText(String text) {
        return new FacadeCall(method, user, key, place, other, text, policy, flag);
    }

    FacadeCall withPolicy(StagePolicy.Builder policy) {
        return new FacadeCall(method, user, key, place, other, text, policy, flag);
    }

    /**
     * Does what a transport does: parses each id ({@link Untrusted#withId}) and builds the policy ({@link
     * Untrusted#withPolicy}), answering {@code invalid_id} or {@code invalid_policy} for garbage, then calls the
     * facade.
     */
    Outcome<?> invoke(LiveStage stage) {
        return parsed(UserId.parse(user), actor -> {
            Caller caller = key.isDefined() ? Caller.of(actor).withIdempotencyKey(key.get()) : Caller.of(actor);
            return switch (method.place) {
                case NONE -> Untrusted.withPolicy(policy, built -> stage.createRoom(caller, text, built));
                case ROOM -> parsed(RoomId.parse(place), room -> inRoom(stage, caller, room));
                case CALL -> parsed(CallId.parse(place), call -> inCall(stage, caller, call));
            };
        });
    }

    private Outcome<?> inRoom(LiveStage stage, Caller caller, RoomId room) {
        return switch (method) {
            case CREATE_ROOM -> Untrusted.withPolicy(policy, built -> stage.createRoom(caller, room, text, built));
            case JOIN_ROOM -> stage.joinRoom(caller, room);
            case ASSIGN_CO_HOST -> parsed(UserId.parse(other), user -> stage.assignCoHost(caller, room, user));
            case REVOKE_CO_HOST -> parsed(UserId.parse(other), user -> stage.revokeCoHost(caller, room, user));
            case TRANSFER_HOST -> parsed(UserId.parse(other), user -> stage.transferHost(caller, room, user));
            case UNBAN -> parsed(UserId.parse(other), user -> stage.unban(caller, room, user));
            case CLOSE_ROOM -> stage.closeRoom(caller, room);
            default -> throw new IllegalStateException(method + " does not name a room");
        };
    }

    private Outcome<?> inCall(LiveStage stage, Caller caller, CallId call) {
        return switch (method) {
            case LEAVE -> stage.leave(caller, call);
            case RAISE_HAND -> stage.raiseHand(caller, call);
            case LOWER_HAND -> parsed(UserId.parse(other), user -> stage.lowerHand(caller, call, user));
            case LOWER_ALL_HANDS -> stage.lowerAllHands(caller, call);
            case PROMOTE_TO_SPEAKER -> parsed(UserId.parse(other), user -> stage.promoteToSpeaker(caller, call, user));
            case DEMOTE_TO_AUDIENCE -> parsed(UserId.parse(other), user -> stage.demoteToAudience(caller, call, user));
            case ACCEPT_INVITATION -> stage.acceptInvitation(caller, call);
            case DECLINE_INVITATION -> stage.declineInvitation(caller, call);
            case SUBMIT_STAGE_QUESTION -> stage.submitStageQuestion(caller, call, text, flag);
            case ANSWER_QUESTION ->
                parsed(QuestionId.parse(other), question -> stage.answerQuestion(caller, call, question));
            case DISMISS_QUESTION ->
                parsed(QuestionId.parse(other), question -> stage.dismissQuestion(caller, call, question));
            case REMOVE_PARTICIPANT ->
                parsed(UserId.parse(other), user -> stage.removeParticipant(caller, call, user, flag));
            case END_CALL -> stage.endCall(caller, call);
            default -> throw new IllegalStateException(method + " does not name a call");
        };
    }

    /** {@link Untrusted#withId} for calls of any outcome type. */
    @SuppressWarnings("unchecked")
    private static <I> Outcome<?> parsed(Either<InvalidId, I> id, Function<I, Outcome<?>> call) {
        return Untrusted.withId(id, parsedId -> (Outcome<Object>) call.apply(parsedId));
    }

    @Override
    public String toString() {
        String name = method.name().toLowerCase(Locale.ROOT);
        StringBuilder seedName = new StringBuilder();
        for (String part : name.replace("_without_id", "").split("_")) {
            seedName.append(seedName.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        List<String> args = new ArrayList<>();
        if (method.place != Method.Place.NONE) {
            args.add(Show.text(place));
        }
        if (method.hasOther) {
            args.add(Show.text(other));
        }
        if (method.hasText) {
            args.add(Show.text(text));
        }
        if (method == Method.CREATE_ROOM || method == Method.CREATE_ROOM_WITHOUT_ID) {
            args.add(policy.tryBuild().fold(violations -> "invalid policy", Cast::policyName));
        }
        if (method == Method.SUBMIT_STAGE_QUESTION) {
            args.add(flag ? "anonymous" : "named");
        }
        if (method == Method.REMOVE_PARTICIPANT) {
            args.add(flag ? "ban" : "no ban");
        }
        return Show.text(user) + key.map(k -> "[key " + Show.text(k) + "]").getOrElse("") + "." + seedName + "("
                + String.join(", ", args) + ")";
    }
}
