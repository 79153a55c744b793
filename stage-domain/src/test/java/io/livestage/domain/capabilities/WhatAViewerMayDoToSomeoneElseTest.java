package io.livestage.domain.capabilities;

import static io.livestage.domain.command.Action.ASSIGN_CO_HOST;
import static io.livestage.domain.command.Action.DEMOTE_TO_AUDIENCE;
import static io.livestage.domain.command.Action.LOWER_HAND;
import static io.livestage.domain.command.Action.PROMOTE_TO_SPEAKER;
import static io.livestage.domain.command.Action.REMOVE_PARTICIPANT;
import static io.livestage.domain.command.Action.REVOKE_CO_HOST;
import static io.livestage.domain.command.Action.TRANSFER_HOST;
import static io.livestage.domain.command.Action.UNBAN;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.command.Unban;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * {@code Capabilities.towards} asks, for the buttons next to someone's name, what deciding each command against them
 * would answer: promote, demote, lower their hand, remove (without ban), appoint or revoke as co-host, make host, unban.
 */
class WhatAViewerMayDoToSomeoneElseTest {

    /** Host, co-host Carl, Dave on stage, Alice with her hand up, Bob listening; Erin was removed with a ban. */
    private static final Given LIVE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB, ERIN)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .raisedHands(ALICE)
            .step(HANA, new RemoveParticipant(CALL, ERIN, true));

    private static final UserId[] CAST = {HANA, CARL, DAVE, ALICE, BOB, ERIN, OUTSIDER};

    /** The commands the documentation lists for {@code towards}, as the viewer would send them. */
    private static Vector<Intent> commandsTowards(Room room, UserId target) {
        CallId call = room.liveCallId().getOrElse(room::nextCallId);
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

    private static LinkedHashMap<Action, Option<Rejection>> towards(Given given, UserId viewer, UserId target) {
        return Capabilities.towards(given.room(), viewer, target, given.now())
                .byAction()
                .mapValues(Capability::rejection);
    }

    private static Option<String> code(Given given, UserId viewer, UserId target, Action action) {
        return towards(given, viewer, target)
                .get(action)
                .getOrElseThrow(() -> new AssertionError("no answer for " + action))
                .map(Rejection::code);
    }

    private static void assertAgreesWithDeciding(Given given, UserId viewer, UserId target) {
        LinkedHashMap<Action, Option<Rejection>> answers = towards(given, viewer, target);
        for (Intent intent : commandsTowards(given.room(), target)) {
            Option<Rejection> decided =
                    given.when(viewer, intent).outcome().swap().toOption();
            assertThat(answers.get(intent.action()))
                    .as("%s asking %s towards %s", viewer, intent.action(), target)
                    .isEqualTo(Option.some(decided));
        }
    }

    @Test
    void theAnswersCoverTheDocumentedActionsInOrder() {
        assertThat(towards(LIVE, HANA, ALICE).keySet())
                .containsExactly(
                        PROMOTE_TO_SPEAKER,
                        DEMOTE_TO_AUDIENCE,
                        LOWER_HAND,
                        REMOVE_PARTICIPANT,
                        ASSIGN_CO_HOST,
                        REVOKE_CO_HOST,
                        TRANSFER_HOST,
                        UNBAN);
    }

    @Test
    void everyAnswerIsWhatDecidingTheCommandGivesForEveryViewerAndTarget() {
        for (UserId viewer : CAST) {
            for (UserId target : CAST) {
                assertAgreesWithDeciding(LIVE, viewer, target);
            }
        }
    }

    @Test
    void theHostMayPromoteLowerRemoveAppointAndHandOverToAMemberWithAHandUp() {
        for (Action allowed :
                new Action[] {PROMOTE_TO_SPEAKER, LOWER_HAND, REMOVE_PARTICIPANT, ASSIGN_CO_HOST, TRANSFER_HOST}) {
            assertThat(code(LIVE, HANA, ALICE, allowed)).as("%s", allowed).isEmpty();
        }
        assertThat(code(LIVE, HANA, ALICE, DEMOTE_TO_AUDIENCE)).contains("already_audience");
        assertThat(code(LIVE, HANA, ALICE, REVOKE_CO_HOST)).contains("not_co_host");
        assertThat(code(LIVE, HANA, ALICE, UNBAN)).contains("not_banned");
    }

    @Test
    void anAudienceMemberMayDoNothingToAnother() {
        assertThat(towards(LIVE, BOB, ALICE).values().map(answer -> answer.map(Rejection::code)))
                .containsOnly(Option.some("not_authorized"));
    }

    @Test
    void aCoHostCannotActAgainstTheHost() {
        for (Action action :
                new Action[] {DEMOTE_TO_AUDIENCE, REMOVE_PARTICIPANT, ASSIGN_CO_HOST, REVOKE_CO_HOST, TRANSFER_HOST}) {
            assertThat(towards(LIVE, CARL, HANA).get(action).get())
                    .as("%s", action)
                    .isEqualTo(Option.some(new TargetIsHost(HANA)));
        }
    }

    @Test
    void aCoHostMayDemoteASpeakerAndUnbanButNotAppointCoHosts() {
        assertThat(code(LIVE, CARL, DAVE, DEMOTE_TO_AUDIENCE)).isEmpty();
        assertThat(code(LIVE, CARL, ERIN, UNBAN)).isEmpty();
        assertThat(code(LIVE, CARL, DAVE, ASSIGN_CO_HOST)).contains("not_authorized");
    }

    @Test
    void withoutALiveCallOnlyRoomActionsCanBeAllowed() {
        Given ended = LIVE.step(HANA, new EndCall(CALL));

        assertThat(code(ended, HANA, ALICE, PROMOTE_TO_SPEAKER)).contains("stale_call");
        assertThat(code(ended, HANA, ALICE, REMOVE_PARTICIPANT)).contains("stale_call");
        assertThat(code(ended, HANA, CARL, REVOKE_CO_HOST)).isEmpty();
        assertThat(code(ended, HANA, ERIN, UNBAN)).isEmpty();
        for (UserId target : CAST) {
            assertAgreesWithDeciding(ended, HANA, target);
        }
    }
}
