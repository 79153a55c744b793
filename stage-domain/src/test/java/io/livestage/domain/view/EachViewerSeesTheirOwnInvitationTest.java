package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An invitee sees until when their invitation stands; nobody else's view shows it. */
class EachViewerSeesTheirOwnInvitationTest {

    /** Hana invited Alice ten seconds in; the invitation lasts a minute. */
    private static final Given INVITED = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, ALICE, BOB)
            .after(Duration.ofSeconds(10))
            .step(HANA, new PromoteToSpeaker(CALL, ALICE));

    @Test
    void theInviteeSeesWhenTheirInvitationExpires() {
        assertThat(StageView.of(INVITED.room(), ALICE).myInvitation()).isEqualTo(Option.some(Given.T0.plusSeconds(70)));
    }

    @Test
    void theHostAndOtherMembersSeeNoInvitationInTheirOwnView() {
        assertThat(StageView.of(INVITED.room(), HANA).myInvitation()).isEmpty();
        assertThat(StageView.of(INVITED.room(), BOB).myInvitation()).isEmpty();
    }

    @Test
    void aDeclinedInvitationIsGoneFromTheView() {
        Given declined = INVITED.step(ALICE, new DeclineInvitation(CALL));

        assertThat(StageView.of(declined.room(), ALICE).myInvitation()).isEmpty();
    }
}
