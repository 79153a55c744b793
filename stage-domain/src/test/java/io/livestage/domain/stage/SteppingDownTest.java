package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Any speaker but the host may leave the stage on their own. */
class SteppingDownTest {

    private static final Given STAGE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    @Test
    void aMemberSpeakerStepsDown() {
        RoleChanged steppedDown = new RoleChanged(DAVE, Role.AUDIENCE, RoleChangeReason.STEPPED_DOWN);

        var when = STAGE.when(DAVE, new DemoteToAudience(CALL, DAVE))
                .thenEvents(steppedDown)
                .thenReceives(ALICE, steppedDown);

        assertThat(when.room().standingOf(DAVE)).isEqualTo(Standing.AUDIENCE);
    }

    @Test
    void aCoHostStepsDownAndGivesUpTheCoHostRole() {
        var when = STAGE.when(CARL, new DemoteToAudience(CALL, CARL))
                .thenEvents(
                        new CoHostRevoked(CARL), new RoleChanged(CARL, Role.AUDIENCE, RoleChangeReason.STEPPED_DOWN));

        assertThat(when.room().standingOf(CARL)).isEqualTo(Standing.AUDIENCE);
        assertThat(when.room().authority().coHosts()).doesNotContain(CARL);
    }
}
