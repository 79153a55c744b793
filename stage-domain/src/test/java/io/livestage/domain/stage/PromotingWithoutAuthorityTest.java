package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class PromotingWithoutAuthorityTest {

    private static final Given STAGE =
            Given.stageRoom().joined(HANA, DAVE, ALICE, BOB).step(HANA, new PromoteToSpeaker(CALL, DAVE));

    @Test
    void aMemberSpeakerCannotPromote() {
        NotAuthorized refused =
                STAGE.when(DAVE, new PromoteToSpeaker(CALL, ALICE)).thenRejection(NotAuthorized.class);

        assertThat(refused.action()).isEqualTo(Action.PROMOTE_TO_SPEAKER);
        assertThat(refused.standing()).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void anAudienceMemberCannotPromoteAnother() {
        STAGE.when(BOB, new PromoteToSpeaker(CALL, ALICE)).thenRejected(NotAuthorized.class);
    }

    @Test
    void anAudienceMemberCannotPromoteThemself() {
        STAGE.raisedHands(ALICE).when(ALICE, new PromoteToSpeaker(CALL, ALICE)).thenRejected(NotAuthorized.class);
    }
}
