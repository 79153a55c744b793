package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.StageDecider;
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
import io.livestage.domain.command.Targeted;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * "May X do this (to Y) now?" answers exactly what the command would get, in every room the generated sequences
 * reach: {@link Capabilities#may} is none exactly when the command is accepted and otherwise the very rejection;
 * {@link Capabilities#towards} and {@link Capabilities#own} answer, action by action, what issuing that action would
 * get; and, as their Javadoc promises, call actions answer {@code stale_call} in an open room without a live call.
 */
class CapabilitiesProperties {

    private static final CommandId ASKED = CommandId.of("asked");

    /** "May I ask at all?" is asked with the shortest valid text, which fits every policy. */
    private static final String SHORTEST_QUESTION = "?";

    @Test
    void may_predicts_the_outcome_of_every_command_before_it_is_issued() {
        Runs.forEveryStep(() -> step -> {
            Command command = step.command();
            assertThat(Capabilities.may(step.before(), command.actor(), command.intent(), command.at())
                            .rejection())
                    .as("what may says of the command about to be issued")
                    .isEqualTo(step.outcome().swap().toOption());
        });
    }

    @Test
    void towards_and_own_answer_what_each_action_would_get() {
        Runs.forEveryStep(() -> step -> step.after().forEach(room -> {
            Instant now = step.command().at();
            UserId viewer = step.command().actor().userId().getOrElse(Cast.MEMBERS.head());
            UserId target = step.command().intent() instanceof Targeted targeted
                    ? targeted.target()
                    : Cast.EVERYONE.get(step.number() % Cast.EVERYONE.size());
            assertThat(comparable(
                            room,
                            Capabilities.towards(room, viewer, target, now)
                                    .byAction()
                                    .mapValues(Capability::rejection)))
                    .as("what %s may do to %s", viewer, target)
                    .isEqualTo(comparable(room, answers(room, viewer, now, call -> towards(room, call, target))));
            assertThat(comparable(
                            room, Capabilities.own(room, viewer, now).byAction().mapValues(Capability::rejection)))
                    .as("what %s may do on their own", viewer)
                    .isEqualTo(comparable(room, answers(room, viewer, now, call -> own(room, call, viewer))));
        }));
    }

    /**
     * What each intent would get if {@code viewer} issued it now. Between calls the call actions name the last call,
     * as a client still holding it would, and must get {@code stale_call}, as the Javadoc promises.
     */
    private static Map<Action, Option<Rejection>> answers(
            Room room, UserId viewer, Instant now, Function<CallId, Vector<Intent>> intents) {
        CallId call = room.liveCallId().getOrElse(() -> new CallId(room.id(), Math.max(1, room.callsStarted())));
        Map<Action, Option<Rejection>> answers = LinkedHashMap.empty();
        for (Intent intent : intents.apply(call)) {
            Command command = Command.by(viewer, intent, ASKED, now);
            Option<Rejection> answer =
                    StageDecider.decide(command, Option.some(room)).swap().toOption();
            if (!room.closed() && room.call().isEmpty() && intent.action().scope() == Action.Scope.CALL) {
                assertThat(answer.map(Rejection::code))
                        .as("%s between calls", intent.action())
                        .contains("stale_call");
            }
            answers = answers.put(intent.action(), answer);
        }
        return answers;
    }

    /**
     * Answers as compared: whole rejections during a call; between calls, codes only, since a stale call id is stale
     * whichever one is named.
     */
    private static Map<Action, Option<?>> comparable(Room room, Map<Action, Option<Rejection>> answers) {
        return room.call().isDefined()
                ? answers.mapValues(answer -> answer)
                : answers.mapValues(answer -> answer.map(Rejection::code));
    }

    private static Vector<Intent> towards(Room room, CallId call, UserId target) {
        return Vector.of(
                new PromoteToSpeaker(call, target),
                new DemoteToAudience(call, target),
                new LowerHand(call, target),
                new RemoveParticipant(call, target, false),
                new AssignCoHost(room.id(), target),
                new RevokeCoHost(room.id(), target),
                new TransferHost(room.id(), target),
                new Unban(room.id(), target));
    }

    private static Vector<Intent> own(Room room, CallId call, UserId viewer) {
        return Vector.of(
                new JoinRoom(room.id()),
                new Leave(call),
                new RaiseHand(call),
                new LowerHand(call, viewer),
                new AcceptInvitation(call),
                new DeclineInvitation(call),
                new SubmitStageQuestion(call, SHORTEST_QUESTION, false),
                new DemoteToAudience(call, viewer),
                new LowerAllHands(call),
                new EndCall(call),
                new CloseRoom(room.id()));
    }
}
