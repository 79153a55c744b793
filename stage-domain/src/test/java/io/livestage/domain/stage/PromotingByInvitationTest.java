package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.AlreadyInvited;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Invitation;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** INVITE promotion mode: without a raised hand the member is asked first; a raised hand already is consent. */
class PromotingByInvitationTest {

    private static final Given AUDIENCE = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, CARL, ALICE, BOB)
            .coHosts(CARL);

    private static final Instant EXPIRES = Given.T0.plusSeconds(60);

    @Test
    void withoutAHandTheMemberIsInvitedUntilNowPlusTheTtl() {
        var when =
                AUDIENCE.when(HANA, new PromoteToSpeaker(CALL, ALICE)).thenEvents(new InvitedToStage(ALICE, EXPIRES));

        assertThat(when.room().standingOf(ALICE)).isEqualTo(Standing.AUDIENCE);
        assertThat(when.room().call().get().participant(ALICE).get().invitation())
                .isEqualTo(Option.some(new Invitation(EXPIRES)));
    }

    @Test
    void theExpiryFollowsThePolicysTtlAndTheCommandsTime() {
        Given.room(Given.stagePolicy()
                        .promotion(PromotionMode.INVITE)
                        .invitationTtl(Duration.ofSeconds(30))
                        .build())
                .joined(HANA, ALICE)
                .after(Duration.ofSeconds(10))
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(new InvitedToStage(ALICE, Given.T0.plusSeconds(40)));
    }

    @Test
    void onlyTheInviteeAndTheModeratorsAreTold() {
        AUDIENCE.when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenReceives(ALICE, new InvitedToStage(ALICE, EXPIRES))
                .thenReceives(CARL, new InvitedToStage(ALICE, EXPIRES))
                .thenReceivesNothing(BOB)
                .thenReachesExactly(HANA, CARL, ALICE);
    }

    @Test
    void withARaisedHandThePromotionIsImmediate() {
        var when = AUDIENCE.raisedHands(ALICE)
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(
                        new HandLowered(ALICE, HandLoweredReason.PROMOTED),
                        new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.PROMOTED));

        assertThat(when.room().standingOf(ALICE)).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void anInviteeWhoThenRaisesAHandIsPromotedAtOnce() {
        AUDIENCE.step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .raisedHands(ALICE)
                .when(CARL, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(
                        new HandLowered(ALICE, HandLoweredReason.PROMOTED),
                        new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.PROMOTED));
    }

    @Test
    void invitingAgainWhileTheInvitationIsPendingIsRefused() {
        AUDIENCE.step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .after(Duration.ofSeconds(59))
                .when(CARL, new PromoteToSpeaker(CALL, ALICE))
                .thenRejected(new AlreadyInvited(ALICE, EXPIRES));
    }

    @Test
    void invitingAgainOnceTheInvitationExpiredIsAllowed() {
        var when = AUDIENCE.step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .after(Duration.ofSeconds(60))
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(new InvitedToStage(ALICE, EXPIRES.plusSeconds(60)));

        assertThat(when.room().call().get().participant(ALICE).get().invitation())
                .isEqualTo(Option.some(new Invitation(EXPIRES.plusSeconds(60))));
    }
}
