package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.LowerHand;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class AudienceWithdrawingHandTest {

    private static final Given RAISED =
            Given.stageRoom().joined(HANA, CARL, ALICE, BOB).coHosts(CARL).raisedHands(ALICE, BOB);

    private static final HandLowered WITHDRAWN = new HandLowered(ALICE, HandLoweredReason.WITHDRAWN);

    @Test
    void theOwnerWithdrawsTheirHand() {
        var when = RAISED.when(ALICE, new LowerHand(CALL, ALICE)).thenEvents(WITHDRAWN);

        assertThat(when.events().head().actor()).isEqualTo(Actor.user(ALICE));
        assertThat(when.room().call().get().hands().inOrder()).containsExactly(BOB);
    }

    @Test
    void theHostTheCoHostsAndTheOwnerAreTold() {
        RAISED.when(ALICE, new LowerHand(CALL, ALICE))
                .thenReceives(HANA, WITHDRAWN)
                .thenReceives(CARL, WITHDRAWN)
                .thenReceives(ALICE, WITHDRAWN)
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, ALICE);
    }

    @Test
    void loweringYourOwnHandWhenItIsNotUpChangesNothing() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .when(ALICE, new LowerHand(CALL, ALICE))
                .thenNothing();
    }
}
