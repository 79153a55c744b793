package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.rejection.AlreadySpeaker;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class PromotingSomeoneNotInTheAudienceTest {

    private static final Given STAGE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    @Test
    void promotingAMemberAlreadyOnStageIsRefused() {
        STAGE.when(HANA, new PromoteToSpeaker(CALL, DAVE)).thenRejected(new AlreadySpeaker(DAVE));
    }

    @Test
    void promotingACoHostIsRefused() {
        STAGE.when(HANA, new PromoteToSpeaker(CALL, CARL)).thenRejected(new AlreadySpeaker(CARL));
    }

    @Test
    void promotingTheHostIsRefused() {
        STAGE.when(CARL, new PromoteToSpeaker(CALL, HANA)).thenRejected(new AlreadySpeaker(HANA));
    }

    @Test
    void promotingSomeoneNotInTheCallIsRefused() {
        STAGE.when(HANA, new PromoteToSpeaker(CALL, OUTSIDER)).thenRejected(new TargetNotInCall(OUTSIDER));
    }
}
