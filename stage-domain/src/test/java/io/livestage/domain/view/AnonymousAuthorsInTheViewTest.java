package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** In a view, an anonymous question names its author to the author alone; an open question names its author to all. */
class AnonymousAuthorsInTheViewTest {

    private static final QuestionId ANONYMOUS = new QuestionId(1);
    private static final QuestionId SIGNED = new QuestionId(2);

    /** Host, co-host Carl, Dave on stage; Alice asks anonymously, then Bob asks openly. */
    private static final Given ASKED = Given.room(
                    Given.stagePolicy().allowAnonymousQuestions(true).build())
            .joined(HANA, CARL, DAVE, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .step(ALICE, new SubmitStageQuestion(CALL, "Who pays for this?", true))
            .step(BOB, new SubmitStageQuestion(CALL, "What is next?", false));

    private static QuestionView openQuestion(Given given, UserId viewer, QuestionId id) {
        return StageView.of(given.room(), viewer)
                .openQuestions()
                .find(q -> q.id().equals(id))
                .getOrElseThrow(() -> new AssertionError(viewer + " does not see " + id));
    }

    @Test
    void theStageSeesAnAnonymousQuestionWithoutItsAuthor() {
        for (UserId viewer : new UserId[] {HANA, CARL, DAVE}) {
            QuestionView seen = openQuestion(ASKED, viewer, ANONYMOUS);

            assertThat(seen.author()).as("author seen by %s", viewer).isEmpty();
            assertThat(seen.anonymous()).isTrue();
            assertThat(seen.text()).isEqualTo("Who pays for this?");
        }
    }

    @Test
    void theAuthorSeesTheirOwnAnonymousQuestionWithTheirName() {
        QuestionView own = StageView.of(ASKED.room(), ALICE).myQuestions().single();

        assertThat(own.id()).isEqualTo(ANONYMOUS);
        assertThat(own.author()).isEqualTo(Option.some(ALICE));
        assertThat(own.anonymous()).isTrue();
    }

    @Test
    void anAuthorPromotedToTheStageStillSeesTheirNameOnTheirAnonymousQuestion() {
        Given alicePromoted = ASKED.step(HANA, new PromoteToSpeaker(CALL, ALICE));

        assertThat(openQuestion(alicePromoted, ALICE, ANONYMOUS).author()).isEqualTo(Option.some(ALICE));
        assertThat(openQuestion(alicePromoted, DAVE, ANONYMOUS).author()).isEmpty();
    }

    @Test
    void aSignedQuestionNamesItsAuthorToEveryoneOnStage() {
        for (UserId viewer : new UserId[] {HANA, CARL, DAVE}) {
            QuestionView seen = openQuestion(ASKED, viewer, SIGNED);

            assertThat(seen.author()).as("author seen by %s", viewer).isEqualTo(Option.some(BOB));
            assertThat(seen.anonymous()).isFalse();
        }
    }
}
