package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class OnlyTheAudienceRaisesHandsTest {

    private static final Given STAGE =
            Given.stageRoom().joined(HANA, CARL, DAVE).coHosts(CARL).step(HANA, new PromoteToSpeaker(CALL, DAVE));

    @Test
    void aSpeakerCannotRaiseAHand() {
        STAGE.when(DAVE, new RaiseHand(CALL)).thenRejected(NotAuthorized.class);
    }

    @Test
    void theHostCannotRaiseAHand() {
        NotAuthorized refused = STAGE.when(HANA, new RaiseHand(CALL)).thenRejection(NotAuthorized.class);

        assertThat(refused.action()).isEqualTo(Action.RAISE_HAND);
        assertThat(refused.standing()).isEqualTo(Standing.HOST);
    }

    @Test
    void aCoHostCannotRaiseAHand() {
        STAGE.when(CARL, new RaiseHand(CALL)).thenRejected(NotAuthorized.class);
    }
}
