package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The scheduler issues {@code ExpireInvitation} at an invitation's expiry (60 seconds by default). */
class ExpiringAnInvitationTest {

    private static final Given INVITED = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, CARL, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, ALICE));

    private static final ExpireInvitation EXPIRE = new ExpireInvitation(CALL, ALICE);

    @Test
    void aDueInvitationExpires() {
        var when = INVITED.after(Duration.ofSeconds(60)).whenScheduled(EXPIRE).thenEvents(new InvitationExpired(ALICE));

        assertThat(when.events().head().actor()).isEqualTo(Actor.SCHEDULER);
        assertThat(when.room().call().get().participant(ALICE).get().invitation())
                .isEmpty();
    }

    @Test
    void onlyTheModeratorsAndTheInviteeAreTold() {
        INVITED.after(Duration.ofSeconds(60))
                .whenScheduled(EXPIRE)
                .thenReceives(ALICE, new InvitationExpired(ALICE))
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, ALICE);
    }

    @Test
    void anInvitationNotYetDueIsLeftAlone() {
        INVITED.after(Duration.ofSeconds(59)).whenScheduled(EXPIRE).thenNothing();
    }

    @Test
    void anAcceptedInvitationHasNothingToExpire() {
        INVITED.step(ALICE, new AcceptInvitation(CALL))
                .after(Duration.ofSeconds(60))
                .whenScheduled(EXPIRE)
                .thenNothing();
    }

    @Test
    void aDeclinedInvitationHasNothingToExpire() {
        INVITED.step(ALICE, new DeclineInvitation(CALL))
                .after(Duration.ofSeconds(60))
                .whenScheduled(EXPIRE)
                .thenNothing();
    }

    @Test
    void anInviteeWhoLeftHasNothingToExpire() {
        INVITED.step(ALICE, new Leave(CALL))
                .after(Duration.ofSeconds(60))
                .whenScheduled(EXPIRE)
                .thenNothing();
    }

    @Test
    void aLateDeadlineDoesNotExpireTheInvitationThatReplacedIt() {
        INVITED.after(Duration.ofSeconds(70))
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .whenScheduled(EXPIRE)
                .thenNothing();
    }

    @Test
    void aUserCannotExpireAnInvitation() {
        NotAuthorized refused =
                INVITED.after(Duration.ofSeconds(60)).when(HANA, EXPIRE).thenRejection(NotAuthorized.class);

        assertThat(refused.action()).isEqualTo(Action.EXPIRE_INVITATION);
    }

    @Test
    void theInviteeCannotExpireTheirOwnInvitation() {
        INVITED.after(Duration.ofSeconds(60)).when(ALICE, EXPIRE).thenRejected(NotAuthorized.class);
    }
}
