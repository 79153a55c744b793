package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.AnonymousNotAllowed;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import io.livestage.domain.testing.When;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** An anonymous question's author is known to the room and to the author, and to nobody else. */
class AskingAnonymouslyTest {

    private static final String TEXT = "Is the roadmap public?";
    private static final SubmitStageQuestion ANONYMOUS = new SubmitStageQuestion(CALL, TEXT, true);

    /** Host, co-host Carl, member speaker Dave; Alice and Bob in the audience. */
    private static final Given ALLOWED = Given.room(
                    Given.stagePolicy().allowAnonymousQuestions(true).build())
            .joined(HANA, CARL, DAVE, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    @Test
    void anonymousQuestionsAreRefusedUnlessThePolicyAllowsThem() {
        Given.stageRoom().joined(HANA, ALICE).when(ALICE, ANONYMOUS).thenRejected(new AnonymousNotAllowed());
    }

    @Test
    void theStoredEventKeepsTheAuthorForTheRoom() {
        ALLOWED.when(ALICE, ANONYMOUS)
                .thenEvents(new QuestionSubmitted(new QuestionId(1), TEXT, true, Option.some(ALICE)));
    }

    @Test
    void theAuthorSeesTheirOwnNameAndActor() {
        When when = ALLOWED.when(ALICE, ANONYMOUS);

        StageEvent copy = when.copiesFor(ALICE).single();
        assertThat(copy.change()).isEqualTo(new QuestionSubmitted(new QuestionId(1), TEXT, true, Option.some(ALICE)));
        assertThat(copy.actor()).isEqualTo(Actor.user(ALICE));
    }

    @Test
    void everyoneElseSeesTheQuestionWithoutItsAuthor() {
        When when = ALLOWED.when(ALICE, ANONYMOUS).thenReachesExactly(HANA, CARL, DAVE, ALICE);

        for (UserId viewer : new UserId[] {HANA, CARL, DAVE}) {
            StageEvent copy = when.copiesFor(viewer).single();
            assertThat(copy.change())
                    .as("copy for %s", viewer)
                    .isEqualTo(new QuestionSubmitted(new QuestionId(1), TEXT, true, Option.none()));
            assertThat(copy.actor()).as("actor for %s", viewer).isEqualTo(new Actor.Hidden());
            assertThat(copy.causedBy()).as("command for %s", viewer).isEqualTo(StageEvent.HIDDEN_COMMAND);
        }
    }

    @Test
    void theAuthorStillSeesWhichCommandCausedIt() {
        When when = ALLOWED.when(ALICE, ANONYMOUS);

        StageEvent stored = when.events().single();
        assertThat(when.copiesFor(ALICE).single().causedBy()).isEqualTo(stored.causedBy());
        assertThat(stored.causedBy()).isNotEqualTo(StageEvent.HIDDEN_COMMAND);
    }

    @Test
    void theAuthorsIdIsInNoCopyAnyoneElseReceives() {
        When when = ALLOWED.when(ALICE, ANONYMOUS);

        assertNoCopyNamesAlice(when, HANA, CARL, DAVE, BOB);
    }

    @Test
    void answeringAnAnonymousQuestionDoesNotRevealItsAuthor() {
        When when = ALLOWED.step(ALICE, ANONYMOUS).when(HANA, new AnswerQuestion(CALL, new QuestionId(1)));

        assertThat(when.copiesFor(ALICE)).hasSize(1);
        assertNoCopyNamesAlice(when, HANA, CARL, DAVE, BOB);
    }

    private static void assertNoCopyNamesAlice(When when, UserId... viewers) {
        for (UserId viewer : viewers) {
            for (StageEvent copy : when.copiesFor(viewer)) {
                assertThat(copy.toString()).as("copy for %s", viewer).doesNotContain(ALICE.value());
                assertThat(copy.actor()).isNotEqualTo(Actor.user(ALICE));
                assertThat(copy.recipients().users()).doesNotContain(ALICE);
            }
        }
    }
}
