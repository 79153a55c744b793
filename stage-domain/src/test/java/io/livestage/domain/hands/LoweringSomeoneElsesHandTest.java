package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class LoweringSomeoneElsesHandTest {

    private static final Given RAISED = Given.stageRoom()
            .joined(HANA, DAVE, ALICE, BOB)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .raisedHands(ALICE);

    @Test
    void anAudienceMemberCannotLowerAnotherMembersHand() {
        NotAuthorized refused = RAISED.when(BOB, new LowerHand(CALL, ALICE)).thenRejection(NotAuthorized.class);

        assertThat(refused.action()).isEqualTo(Action.LOWER_HAND);
        assertThat(refused.standing()).isEqualTo(Standing.AUDIENCE);
    }

    @Test
    void aMemberSpeakerCannotLowerAnotherMembersHand() {
        RAISED.when(DAVE, new LowerHand(CALL, ALICE)).thenRejected(NotAuthorized.class);
    }

    @Test
    void anAudienceMemberCannotLowerAHandThatIsNotUpEither() {
        RAISED.when(ALICE, new LowerHand(CALL, BOB)).thenRejected(NotAuthorized.class);
    }
}
