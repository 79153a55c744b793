package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class OnlyTheAudienceAsksQuestionsTest {

    private static final Given STAGE =
            Given.stageRoom().joined(HANA, CARL, DAVE).coHosts(CARL).step(HANA, new PromoteToSpeaker(CALL, DAVE));

    private static final SubmitStageQuestion ASK = new SubmitStageQuestion(CALL, "Anyone?", false);

    @Test
    void aMemberSpeakerCannotSubmitAStageQuestion() {
        NotAuthorized refused = STAGE.when(DAVE, ASK).thenRejection(NotAuthorized.class);

        assertThat(refused.action()).isEqualTo(Action.SUBMIT_STAGE_QUESTION);
        assertThat(refused.standing()).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void theHostCannotSubmitAStageQuestion() {
        STAGE.when(HANA, ASK).thenRejected(NotAuthorized.class);
    }

    @Test
    void aCoHostCannotSubmitAStageQuestion() {
        STAGE.when(CARL, ASK).thenRejected(NotAuthorized.class);
    }
}
