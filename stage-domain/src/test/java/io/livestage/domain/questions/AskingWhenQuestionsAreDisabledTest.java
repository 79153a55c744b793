package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.rejection.QuestionsDisabled;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class AskingWhenQuestionsAreDisabledTest {

    @Test
    void anAudienceMemberCannotSubmitAQuestion() {
        Given.room(Given.stagePolicy().questionsEnabled(false).build())
                .joined(HANA, ALICE)
                .when(ALICE, new SubmitStageQuestion(CALL, "Anyone?", false))
                .thenRejected(new QuestionsDisabled());
    }
}
