package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class DemotingToAudienceTest {

    private static final Given STAGE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    private static final RoleChanged DEMOTED = new RoleChanged(DAVE, Role.AUDIENCE, RoleChangeReason.DEMOTED);

    @Test
    void theHostMovesAMemberSpeakerToTheAudience() {
        var when = STAGE.when(HANA, new DemoteToAudience(CALL, DAVE)).thenEvents(DEMOTED);

        assertThat(when.room().standingOf(DAVE)).isEqualTo(Standing.AUDIENCE);
        assertThat(when.room().call().get().membersOnStage()).isZero();
    }

    @Test
    void aCoHostMovesAMemberSpeakerToTheAudience() {
        STAGE.when(CARL, new DemoteToAudience(CALL, DAVE)).thenEvents(DEMOTED);
    }

    @Test
    void everyoneInTheCallSeesTheRoleChange() {
        STAGE.when(HANA, new DemoteToAudience(CALL, DAVE))
                .thenReceives(ALICE, DEMOTED)
                .thenReceives(DAVE, DEMOTED)
                .thenReachesExactly(HANA, CARL, DAVE, ALICE);
    }
}
