package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.LowerHand;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.rejection.HandNotRaised;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class ModeratorDismissingHandTest {

    private static final Given RAISED =
            Given.stageRoom().joined(HANA, CARL, ALICE, BOB).coHosts(CARL).raisedHands(ALICE);

    private static final HandLowered DISMISSED = new HandLowered(ALICE, HandLoweredReason.DISMISSED);

    @Test
    void theHostDismissesAHandAndIsNamedAsWhoLoweredIt() {
        var when = RAISED.when(HANA, new LowerHand(CALL, ALICE)).thenEvents(DISMISSED);

        assertThat(when.events().head().actor()).isEqualTo(Actor.user(HANA));
        assertThat(when.room().call().get().hands().size()).isZero();
    }

    @Test
    void aCoHostDismissesAHand() {
        var when = RAISED.when(CARL, new LowerHand(CALL, ALICE)).thenEvents(DISMISSED);

        assertThat(when.events().head().actor()).isEqualTo(Actor.user(CARL));
    }

    @Test
    void theHostTheCoHostsAndTheOwnerAreTold() {
        RAISED.when(HANA, new LowerHand(CALL, ALICE))
                .thenReceives(ALICE, DISMISSED)
                .thenReceives(CARL, DISMISSED)
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, ALICE);
    }

    @Test
    void dismissingAHandThatIsNotUpIsRefused() {
        RAISED.when(HANA, new LowerHand(CALL, BOB)).thenRejected(new HandNotRaised(BOB));
    }

    @Test
    void dismissingTheHandOfSomeoneNotInTheCallIsRefused() {
        RAISED.when(HANA, new LowerHand(CALL, OUTSIDER)).thenRejected(new TargetNotInCall(OUTSIDER));
    }
}
