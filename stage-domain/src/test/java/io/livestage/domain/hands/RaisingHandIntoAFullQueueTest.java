package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.rejection.HandQueueFull;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class RaisingHandIntoAFullQueueTest {

    private static final Given TWO_UP = Given.room(
                    Given.stagePolicy().maxRaisedHands(2).build())
            .joined(HANA, ALICE, BOB, ERIN)
            .raisedHands(ALICE, BOB);

    @Test
    void aHandBeyondTheLimitIsRefusedWithTheLimit() {
        TWO_UP.when(ERIN, new RaiseHand(CALL)).thenRejected(new HandQueueFull(2));
    }

    @Test
    void aHandAlreadyInAFullQueueStaysUp() {
        TWO_UP.when(ALICE, new RaiseHand(CALL)).thenNothing();
    }

    @Test
    void aPlaceFreedInTheQueueCanBeTaken() {
        TWO_UP.step(ALICE, new LowerHand(CALL, ALICE))
                .when(ERIN, new RaiseHand(CALL))
                .thenEvents(new HandRaised(ERIN, 2));
    }
}
