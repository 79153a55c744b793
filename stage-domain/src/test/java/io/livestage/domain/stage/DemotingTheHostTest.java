package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class DemotingTheHostTest {

    private static final Given STAGE =
            Given.stageRoom().joined(HANA, CARL, ALICE).coHosts(CARL);

    @Test
    void aCoHostCannotDemoteTheHost() {
        STAGE.when(CARL, new DemoteToAudience(CALL, HANA)).thenRejected(new TargetIsHost(HANA));
    }

    @Test
    void theHostCannotStepDown() {
        STAGE.when(HANA, new DemoteToAudience(CALL, HANA)).thenRejected(new TargetIsHost(HANA));
    }

    @Test
    void anAudienceMemberCannotDemoteTheHost() {
        STAGE.when(ALICE, new DemoteToAudience(CALL, HANA)).thenRejected(new TargetIsHost(HANA));
    }
}
