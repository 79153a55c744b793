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
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** The seed's promotion mode, DIRECT: promoting an audience member puts them on stage at once. */
class PromotingDirectlyTest {

    private static final Given AUDIENCE =
            Given.stageRoom().joined(HANA, CARL, ALICE, BOB).coHosts(CARL);

    private static final RoleChanged PROMOTED = new RoleChanged(ALICE, Role.SPEAKER, RoleChangeReason.PROMOTED);
    private static final HandLowered HAND_DOWN = new HandLowered(ALICE, HandLoweredReason.PROMOTED);

    @Test
    void theHostPutsAnAudienceMemberOnStage() {
        var when = AUDIENCE.when(HANA, new PromoteToSpeaker(CALL, ALICE)).thenEvents(PROMOTED);

        assertThat(when.room().standingOf(ALICE)).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void aCoHostPutsAnAudienceMemberOnStage() {
        AUDIENCE.when(CARL, new PromoteToSpeaker(CALL, ALICE)).thenEvents(PROMOTED);
    }

    @Test
    void everyoneInTheCallSeesTheRoleChange() {
        AUDIENCE.when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenReceives(BOB, PROMOTED)
                .thenReceives(ALICE, PROMOTED)
                .thenReachesExactly(HANA, CARL, ALICE, BOB);
    }

    @Test
    void aRaisedHandGoesDownInTheSameStep() {
        var when = AUDIENCE.raisedHands(ALICE, BOB)
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenEvents(HAND_DOWN, PROMOTED);

        assertThat(when.room().call().get().hands().inOrder()).containsExactly(BOB);
    }

    @Test
    void onlyTheModeratorsAndTheOwnerSeeTheHandGoDown() {
        AUDIENCE.raisedHands(ALICE)
                .when(HANA, new PromoteToSpeaker(CALL, ALICE))
                .thenReceives(ALICE, HAND_DOWN, PROMOTED)
                .thenReceives(CARL, HAND_DOWN, PROMOTED)
                .thenReceives(BOB, PROMOTED);
    }
}
