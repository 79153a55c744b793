package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.NoInvitation;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecliningAnInvitationTest {

    private static final Given INVITED = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, CARL, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, ALICE));

    private static final InvitationDeclined DECLINED = new InvitationDeclined(ALICE);

    @Test
    void theInviteeDeclinesAndStaysInTheAudience() {
        var when = INVITED.when(ALICE, new DeclineInvitation(CALL)).thenEvents(DECLINED);

        assertThat(when.room().standingOf(ALICE)).isEqualTo(Standing.AUDIENCE);
        assertThat(when.room().call().get().participant(ALICE).get().invitation())
                .isEmpty();
    }

    @Test
    void onlyTheModeratorsAndTheInviteeAreTold() {
        INVITED.when(ALICE, new DeclineInvitation(CALL))
                .thenReceives(HANA, DECLINED)
                .thenReceives(CARL, DECLINED)
                .thenReceives(ALICE, DECLINED)
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, ALICE);
    }

    @Test
    void decliningWithoutAnInvitationIsRefused() {
        INVITED.when(BOB, new DeclineInvitation(CALL)).thenRejected(new NoInvitation());
    }

    @Test
    void anExpiredInvitationMayStillBeDeclined() {
        INVITED.after(Duration.ofMinutes(5))
                .when(ALICE, new DeclineInvitation(CALL))
                .thenEvents(DECLINED);
    }

    @Test
    void aDeclinedInviteeMayBeInvitedAgain() {
        INVITED.step(ALICE, new DeclineInvitation(CALL))
                .after(Duration.ofSeconds(1))
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(new InvitedToStage(ALICE, Given.T0.plusSeconds(61)));
    }
}
