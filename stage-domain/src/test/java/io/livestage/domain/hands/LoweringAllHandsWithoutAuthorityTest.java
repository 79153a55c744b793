package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class LoweringAllHandsWithoutAuthorityTest {

    private static final Given RAISED = Given.stageRoom()
            .joined(HANA, DAVE, ALICE, BOB)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .raisedHands(ALICE);

    @Test
    void anAudienceMemberCannotLowerAllHands() {
        RAISED.when(BOB, new LowerAllHands(CALL)).thenRejected(NotAuthorized.class);
    }

    @Test
    void anAudienceMemberWithAHandUpCannotLowerAllHands() {
        RAISED.when(ALICE, new LowerAllHands(CALL)).thenRejected(NotAuthorized.class);
    }

    @Test
    void aMemberSpeakerCannotLowerAllHands() {
        RAISED.when(DAVE, new LowerAllHands(CALL)).thenRejected(NotAuthorized.class);
    }
}
