package io.livestage.domain;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
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
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Room;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * "May X do this (to Y) now?", for UIs that grey out buttons: one {@link Capability} per action, in a fixed order.
 * Every answer comes from running {@link StageDecider#decide} on the hypothetical command and discarding the events,
 * so it can never disagree with what the command would actually do.
 *
 * <p>Each answer costs one decision: O(log n) in the room's size.
 *
 * @param byAction the answer for each action asked about, in the order asked
 */
public record Capabilities(LinkedHashMap<Action, Capability> byAction) {

    private static final CommandId PROBE = CommandId.of("capability-probe");

    /** Text used to ask whether a question may be submitted at all (any valid text would do). */
    private static final String ANY_QUESTION = "?";

    public Capabilities {
        Objects.requireNonNull(byAction, "byAction");
    }

    /** Whether {@code actor} may do {@code intent} at {@code now}. */
    public static Capability may(Option<Room> room, Actor actor, Intent intent, Instant now) {
        Objects.requireNonNull(room, "room");
        Command command = new Command(PROBE, now, actor, intent);
        return StageDecider.decide(command, room).fold(Capability::refused, events -> Capability.allowed());
    }

    /** The answer for {@code action}; none if it was not asked about. */
    public Option<Capability> get(Action action) {
        return byAction.get(action);
    }

    /** Whether {@code action} was asked about and is allowed. */
    public boolean allows(Action action) {
        return get(action).exists(Capability::isAllowed);
    }

    /**
     * What {@code viewer} may do to {@code target} now, per action: promote, demote, lower their hand, remove, appoint
     * or revoke as co-host, make host, unban. In an open room without a live call, call actions answer {@code stale_call} (a closed room answers {@code
     * room_closed} for everything).
     */
    public static Capabilities towards(Room room, UserId viewer, UserId target, Instant now) {
        CallId call = callOf(room);
        return answers(
                room,
                Actor.user(viewer),
                now,
                Vector.<Intent>of(
                        new PromoteToSpeaker(call, target),
                        new DemoteToAudience(call, target),
                        new LowerHand(call, target),
                        new RemoveParticipant(call, target, false),
                        new AssignCoHost(room.id(), target),
                        new RevokeCoHost(room.id(), target),
                        new TransferHost(room.id(), target),
                        new Unban(room.id(), target)));
    }

    /**
     * What {@code viewer} may do on their own now, per action: join, leave, raise or lower their hand, answer an
     * invitation, ask a question, step down, lower all hands, end the call, close the room.
     */
    public static Capabilities own(Room room, UserId viewer, Instant now) {
        CallId call = callOf(room);
        return answers(
                room,
                Actor.user(viewer),
                now,
                Vector.<Intent>of(
                        new JoinRoom(room.id()),
                        new Leave(call),
                        new RaiseHand(call),
                        new LowerHand(call, viewer),
                        new AcceptInvitation(call),
                        new DeclineInvitation(call),
                        new SubmitStageQuestion(call, ANY_QUESTION, false),
                        new DemoteToAudience(call, viewer),
                        new LowerAllHands(call),
                        new EndCall(call),
                        new CloseRoom(room.id())));
    }

    private static Capabilities answers(Room room, Actor actor, Instant now, Vector<Intent> intents) {
        return new Capabilities(LinkedHashMap.ofEntries(
                intents.map(intent -> Tuple.of(intent.action(), may(Option.some(room), actor, intent, now)))));
    }

    private static CallId callOf(Room room) {
        return room.liveCallId().getOrElse(room::nextCallId);
    }
}
