package io.livestage.domain.seed;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.Features;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * The seed page's example, step by step: an AMA room with stage mode and a required host; the host joins as speaker,
 * the audience joins, raises a hand and asks "How does key rotation work?", the host promotes on
 * GROUP_CALL_STAGE_HAND_RAISED, and everyone sees GROUP_CALL_ROLE_CHANGED.
 */
class SeedAmaScenarioTest {

    private static final StagePolicy AMA =
            StagePolicy.builder().stageMode(true).requireHost(true).build();

    @Test
    void theSeedExamplePlaysOutAsThePageDescribes() {
        Given created = Given.nothing();
        var create = created.when(HANA, new CreateRoom(ROOM, "AMA", AMA)).thenEvents(new RoomCreated("AMA", AMA, HANA));

        Given room = created.step(HANA, new CreateRoom(ROOM, "AMA", AMA));
        room.when(HANA, new JoinRoom(ROOM))
                .thenEvents(new CallStarted(CALL), new ParticipantJoined(HANA, Role.SPEAKER))
                .thenReceives(HANA, new ParticipantJoined(HANA, Role.SPEAKER));

        Given live = room.joined(HANA);
        live.when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE))
                .thenReceives(HANA, new ParticipantJoined(ALICE, Role.AUDIENCE));

        Given audience = live.joined(ALICE, BOB);
        audience.when(ALICE, new RaiseHand(CALL))
                .thenEvents(new HandRaised(ALICE, 1))
                .thenReceives(HANA, new HandRaised(ALICE, 1))
                .thenReceives(ALICE, new HandRaised(ALICE, 1))
                .thenReceivesNothing(BOB);

        Given raised = audience.step(ALICE, new RaiseHand(CALL));
        QuestionSubmitted question =
                new QuestionSubmitted(new QuestionId(1), "How does key rotation work?", false, Option.some(BOB));
        raised.when(BOB, new SubmitStageQuestion(CALL, "How does key rotation work?", false))
                .thenEvents(question)
                .thenReceives(HANA, question)
                .thenReceives(BOB, question)
                .thenReceivesNothing(ALICE);

        RoleChanged promoted = new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.PROMOTED);
        raised.when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(new HandLowered(ALICE, HandLoweredReason.PROMOTED), promoted)
                .thenReceives(BOB, promoted)
                .thenReceives(ALICE, new HandLowered(ALICE, HandLoweredReason.PROMOTED), promoted)
                .thenReceives(HANA, new HandLowered(ALICE, HandLoweredReason.PROMOTED), promoted);

        assertThat(create.events()).hasSize(1);
        assertThat(Features.features()).contains("live_stage");
    }
}
