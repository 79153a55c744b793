package io.livestage.domain.capabilities;

import static io.livestage.domain.command.Action.ACCEPT_INVITATION;
import static io.livestage.domain.command.Action.CLOSE_ROOM;
import static io.livestage.domain.command.Action.DECLINE_INVITATION;
import static io.livestage.domain.command.Action.DEMOTE_TO_AUDIENCE;
import static io.livestage.domain.command.Action.END_CALL;
import static io.livestage.domain.command.Action.JOIN_ROOM;
import static io.livestage.domain.command.Action.LEAVE;
import static io.livestage.domain.command.Action.LOWER_ALL_HANDS;
import static io.livestage.domain.command.Action.LOWER_HAND;
import static io.livestage.domain.command.Action.RAISE_HAND;
import static io.livestage.domain.command.Action.SUBMIT_STAGE_QUESTION;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.CloseRoom;
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
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomClosed;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * {@code Capabilities.own} asks, for the viewer's own buttons, what deciding each command would answer: join, leave,
 * raise and lower their hand, accept or decline an invitation, ask a question, step down, lower all hands, end the call,
 * close the room.
 */
class WhatAViewerMayDoOnTheirOwnTest {

    /** Host, co-host Carl, Dave on stage, Alice with her hand up, Erin invited, Bob listening. */
    private static final Given LIVE = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, CARL, DAVE, ALICE, BOB, ERIN)
            .coHosts(CARL)
            .raisedHands(DAVE, ALICE)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .step(HANA, new PromoteToSpeaker(CALL, ERIN));

    private static final UserId[] VIEWERS = {HANA, CARL, DAVE, ALICE, BOB, ERIN, OUTSIDER};

    /** The commands the documentation lists for {@code own}, as the viewer would send them. */
    private static Vector<Intent> ownCommands(Room room, UserId viewer) {
        CallId call = room.liveCallId().getOrElse(room::nextCallId);
        return Vector.of(
                new JoinRoom(room.id()),
                new Leave(call),
                new RaiseHand(call),
                new LowerHand(call, viewer),
                new AcceptInvitation(call),
                new DeclineInvitation(call),
                new SubmitStageQuestion(call, "?", false),
                new DemoteToAudience(call, viewer),
                new LowerAllHands(call),
                new EndCall(call),
                new CloseRoom(room.id()));
    }

    private static LinkedHashMap<Action, Option<Rejection>> own(Given given, UserId viewer) {
        return Capabilities.own(given.room(), viewer, given.now()).byAction().mapValues(Capability::rejection);
    }

    private static Option<Rejection> answer(Given given, UserId viewer, Action action) {
        return own(given, viewer).get(action).getOrElseThrow(() -> new AssertionError("no answer for " + action));
    }

    private static void assertAgreesWithDeciding(Given given, UserId viewer) {
        LinkedHashMap<Action, Option<Rejection>> answers = own(given, viewer);
        for (Intent intent : ownCommands(given.room(), viewer)) {
            Option<Rejection> decided =
                    given.when(viewer, intent).outcome().swap().toOption();
            assertThat(answers.get(intent.action()))
                    .as("%s asking %s", viewer, intent.action())
                    .isEqualTo(Option.some(decided));
        }
    }

    @Test
    void theAnswersCoverTheDocumentedActionsInOrder() {
        assertThat(own(LIVE, ALICE).keySet())
                .containsExactly(
                        JOIN_ROOM,
                        LEAVE,
                        RAISE_HAND,
                        LOWER_HAND,
                        ACCEPT_INVITATION,
                        DECLINE_INVITATION,
                        SUBMIT_STAGE_QUESTION,
                        DEMOTE_TO_AUDIENCE,
                        LOWER_ALL_HANDS,
                        END_CALL,
                        CLOSE_ROOM);
    }

    @Test
    void everyAnswerIsWhatDecidingTheCommandGivesWhereverTheViewerStands() {
        for (UserId viewer : VIEWERS) {
            assertAgreesWithDeciding(LIVE, viewer);
        }
    }

    @Test
    void theHostMayEndTheCallAndCloseTheRoomButNotRaiseAHand() {
        assertThat(answer(LIVE, HANA, END_CALL)).isEmpty();
        assertThat(answer(LIVE, HANA, CLOSE_ROOM)).isEmpty();
        assertThat(answer(LIVE, HANA, LOWER_ALL_HANDS)).isEmpty();
        assertThat(answer(LIVE, HANA, RAISE_HAND).map(Rejection::code)).contains("not_authorized");
    }

    @Test
    void anAudienceMemberMayRaiseAHandAndAskButNotEndTheCall() {
        assertThat(answer(LIVE, BOB, RAISE_HAND)).isEmpty();
        assertThat(answer(LIVE, BOB, SUBMIT_STAGE_QUESTION)).isEmpty();
        assertThat(answer(LIVE, BOB, LEAVE)).isEmpty();
        assertThat(answer(LIVE, BOB, END_CALL).get()).isInstanceOf(NotAuthorized.class);
        assertThat(answer(LIVE, BOB, CLOSE_ROOM).get()).isInstanceOf(NotAuthorized.class);
    }

    @Test
    void onlyTheInviteeMayAnswerAnInvitation() {
        assertThat(answer(LIVE, ERIN, ACCEPT_INVITATION)).isEmpty();
        assertThat(answer(LIVE, ERIN, DECLINE_INVITATION)).isEmpty();
        assertThat(answer(LIVE, BOB, ACCEPT_INVITATION).map(Rejection::code)).contains("no_invitation");
    }

    @Test
    void anOutsiderMayJoinButDoNothingInTheCall() {
        assertThat(answer(LIVE, OUTSIDER, JOIN_ROOM)).isEmpty();
        assertThat(answer(LIVE, OUTSIDER, RAISE_HAND)).isEqualTo(Option.some(new NotInCall(OUTSIDER)));
        assertThat(answer(LIVE, OUTSIDER, LEAVE)).isEqualTo(Option.some(new NotInCall(OUTSIDER)));
    }

    @Test
    void withoutALiveCallCallActionsAnswerStaleCallForTheNextCall() {
        Given ended = LIVE.step(HANA, new EndCall(CALL));
        CallId next = new CallId(ROOM, 2);

        assertThat(answer(ended, ALICE, JOIN_ROOM)).isEmpty();
        assertThat(answer(ended, ALICE, RAISE_HAND)).isEqualTo(Option.some(new StaleCall(next, Option.none())));
        assertThat(answer(ended, HANA, END_CALL)).isEqualTo(Option.some(new StaleCall(next, Option.none())));
        assertThat(answer(ended, HANA, CLOSE_ROOM)).isEmpty();
        assertAgreesWithDeciding(ended, HANA);
        assertAgreesWithDeciding(ended, ALICE);
    }

    @Test
    void aClosedRoomRefusesEverything() {
        Given closed = LIVE.step(HANA, new CloseRoom(ROOM));

        for (UserId viewer : new UserId[] {HANA, ALICE}) {
            assertThat(own(closed, viewer).values())
                    .as("answers for %s", viewer)
                    .containsOnly(Option.some(new RoomClosed(ROOM)));
            assertAgreesWithDeciding(closed, viewer);
        }
    }
}
