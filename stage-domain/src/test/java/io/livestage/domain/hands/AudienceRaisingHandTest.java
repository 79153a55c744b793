package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class AudienceRaisingHandTest {

    /** Host, co-host Carl, member speaker Dave, audience Alice, Bob and Erin. */
    private static final Given STAGE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB, ERIN)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    @Test
    void theFirstHandRaisedIsFirstInTheQueue() {
        var when = STAGE.when(ALICE, new RaiseHand(CALL)).thenEvents(new HandRaised(ALICE, 1));

        assertThat(when.room().call().get().hands().inOrder()).containsExactly(ALICE);
    }

    @Test
    void aLaterHandIsQueuedBehindTheEarlierOnes() {
        var when = STAGE.raisedHands(ALICE, BOB).when(ERIN, new RaiseHand(CALL)).thenEvents(new HandRaised(ERIN, 3));

        assertThat(when.room().call().get().hands().inOrder()).containsExactly(ALICE, BOB, ERIN);
    }

    @Test
    void theQueuePositionCountsOnlyHandsStillUp() {
        STAGE.raisedHands(ALICE, BOB)
                .step(ALICE, new LowerHand(CALL, ALICE))
                .when(ERIN, new RaiseHand(CALL))
                .thenEvents(new HandRaised(ERIN, 2));
    }

    @Test
    void theHostTheCoHostsAndTheRaiserAreTold() {
        STAGE.when(ALICE, new RaiseHand(CALL))
                .thenReceives(HANA, new HandRaised(ALICE, 1))
                .thenReceives(CARL, new HandRaised(ALICE, 1))
                .thenReceives(ALICE, new HandRaised(ALICE, 1))
                .thenReachesExactly(HANA, CARL, ALICE);
    }

    @Test
    void otherAudienceMembersAndMemberSpeakersAreNeverTold() {
        STAGE.raisedHands(BOB)
                .when(ALICE, new RaiseHand(CALL))
                .thenReceivesNothing(BOB)
                .thenReceivesNothing(ERIN)
                .thenReceivesNothing(DAVE);
    }
}
