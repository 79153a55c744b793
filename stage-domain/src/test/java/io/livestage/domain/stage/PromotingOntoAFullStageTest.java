package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.StageFull;
import io.livestage.domain.role.Role;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** {@code maxSpeakers} counts members on stage; the host and co-hosts do not take seats. */
class PromotingOntoAFullStageTest {

    /** One member seat; the host and two co-hosts are on stage already. */
    private static final Given ONE_SEAT = Given.room(
                    Given.stagePolicy().maxSpeakers(1).build())
            .joined(HANA, CARL, COCO, ALICE, BOB)
            .coHosts(CARL, COCO);

    @Test
    void theHostAndCoHostsLeaveTheMemberSeatFree() {
        ONE_SEAT.when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.PROMOTED));
    }

    @Test
    void promotingPastTheLastSeatIsRefusedWithTheLimit() {
        ONE_SEAT.step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .when(CARL, new PromoteToSpeaker(CALL, BOB))
                .thenRejected(new StageFull(1));
    }

    @Test
    void aRaisedHandDoesNotJumpAFullStage() {
        ONE_SEAT.step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .raisedHands(BOB)
                .when(HANA, new PromoteToSpeaker(CALL, BOB))
                .thenRejected(new StageFull(1));
    }

    @Test
    void aSeatFreedByADemotionCanBeFilled() {
        ONE_SEAT.step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .step(HANA, new DemoteToAudience(CALL, ALICE))
                .when(HANA, new PromoteToSpeaker(CALL, BOB))
                .thenEvents(new RoleChanged(BOB, Role.SPEAKER, RoleChangeReason.PROMOTED));
    }

    @Test
    void withNoMemberSeatsNobodyIsPromoted() {
        Given.room(Given.stagePolicy().maxSpeakers(0).build())
                .joined(HANA, ALICE)
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenRejected(new StageFull(0));
    }

    @Test
    void noInvitationIsSentToAFullStage() {
        Given.room(Given.stagePolicy()
                        .maxSpeakers(0)
                        .promotion(PromotionMode.INVITE)
                        .build())
                .joined(HANA, ALICE)
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenRejected(new StageFull(0));
    }
}
