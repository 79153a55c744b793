package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class DemotingWithoutAuthorityTest {

    /** Dave and Erin are member speakers, Carl a co-host, Alice in the audience. */
    private static final Given STAGE = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ERIN, ALICE)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .step(HANA, new PromoteToSpeaker(CALL, ERIN));

    @Test
    void aMemberSpeakerCannotDemoteAnother() {
        NotAuthorized refused =
                STAGE.when(DAVE, new DemoteToAudience(CALL, ERIN)).thenRejection(NotAuthorized.class);

        assertThat(refused.action()).isEqualTo(Action.DEMOTE_TO_AUDIENCE);
    }

    @Test
    void aMemberSpeakerCannotDemoteACoHost() {
        STAGE.when(DAVE, new DemoteToAudience(CALL, CARL)).thenRejected(NotAuthorized.class);
    }

    @Test
    void anAudienceMemberCannotDemoteASpeaker() {
        STAGE.when(ALICE, new DemoteToAudience(CALL, DAVE)).thenRejected(NotAuthorized.class);
    }
}
