package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.InvitationLapsed;
import io.livestage.domain.rejection.NoInvitation;
import io.livestage.domain.rejection.StageFull;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AcceptingAnInvitationTest {

    private static final Given INVITED = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, CARL, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, ALICE));

    private static final RoleChanged ACCEPTED =
            new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.INVITATION_ACCEPTED);

    @Test
    void theInviteeGoesOnStageAndEveryoneSeesIt() {
        var when = INVITED.when(ALICE, new AcceptInvitation(CALL))
                .thenEvents(ACCEPTED)
                .thenReceives(BOB, ACCEPTED)
                .thenReachesExactly(HANA, CARL, ALICE, BOB);

        assertThat(when.room().standingOf(ALICE)).isEqualTo(Standing.SPEAKER);
        assertThat(when.room().call().get().participant(ALICE).get().invitation())
                .isEmpty();
    }

    @Test
    void anInvitationCanBeAcceptedUntilTheLastInstantBeforeItExpires() {
        INVITED.after(Duration.ofSeconds(60).minusMillis(1))
                .when(ALICE, new AcceptInvitation(CALL))
                .thenEvents(ACCEPTED);
    }

    @Test
    void anInvitationCannotBeAcceptedAtItsExpiry() {
        InvitationLapsed lapsed = INVITED.after(Duration.ofSeconds(60))
                .when(ALICE, new AcceptInvitation(CALL))
                .thenRejection(InvitationLapsed.class);

        assertThat(lapsed.expiredAt()).isEqualTo(Given.T0.plusSeconds(60));
        assertThat(lapsed.code()).isEqualTo("invitation_expired");
    }

    @Test
    void acceptingWithoutAnInvitationIsRefused() {
        INVITED.when(BOB, new AcceptInvitation(CALL)).thenRejected(new NoInvitation());
    }

    @Test
    void theStageLimitIsCheckedAgainWhenAccepting() {
        Given.room(Given.stagePolicy()
                        .promotion(PromotionMode.INVITE)
                        .maxSpeakers(1)
                        .build())
                .joined(HANA, ALICE, BOB)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .raisedHands(BOB)
                .step(HANA, new PromoteToSpeaker(CALL, BOB))
                .when(ALICE, new AcceptInvitation(CALL))
                .thenRejected(new StageFull(1));
    }

    @Test
    void aHandRaisedSinceTheInvitationGoesDownWhenAccepting() {
        INVITED.raisedHands(ALICE)
                .when(ALICE, new AcceptInvitation(CALL))
                .thenEvents(new HandLowered(ALICE, HandLoweredReason.PROMOTED), ACCEPTED);
    }
}
