package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.rejection.AlreadyAudience;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class DemotingSomeoneNotOnStageTest {

    private static final Given STAGE = Given.stageRoom().joined(HANA, ALICE);

    @Test
    void demotingAnAudienceMemberIsRefused() {
        STAGE.when(HANA, new DemoteToAudience(CALL, ALICE)).thenRejected(new AlreadyAudience(ALICE));
    }

    @Test
    void anAudienceMemberSteppingDownIsRefused() {
        STAGE.when(ALICE, new DemoteToAudience(CALL, ALICE)).thenRejected(new AlreadyAudience(ALICE));
    }

    @Test
    void demotingSomeoneNotInTheCallIsRefused() {
        STAGE.when(HANA, new DemoteToAudience(CALL, OUTSIDER)).thenRejected(new TargetNotInCall(OUTSIDER));
    }
}
