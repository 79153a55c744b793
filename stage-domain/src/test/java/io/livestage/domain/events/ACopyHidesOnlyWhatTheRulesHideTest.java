package io.livestage.domain.events;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import io.livestage.domain.testing.When;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Outside an anonymous question, a viewer's copy of an event names who acted and which command caused it, exactly as
 * stored; only the recipients shrink to the viewer.
 */
class ACopyHidesOnlyWhatTheRulesHideTest {

    /** Host, co-host Carl, Dave on stage, Alice listening; anonymous questions allowed but not used here. */
    private static final Given LIVE = Given.room(
                    Given.stagePolicy().allowAnonymousQuestions(true).build())
            .joined(HANA, CARL, DAVE, ALICE)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    private static void assertFaithfulCopy(When when, UserId viewer) {
        StageEvent stored = when.events().single();
        StageEvent copy = when.copiesFor(viewer).single();

        assertThat(copy.actor()).as("actor seen by %s", viewer).isEqualTo(stored.actor());
        assertThat(copy.causedBy()).as("command seen by %s", viewer).isEqualTo(stored.causedBy());
        assertThat(copy.change()).as("change seen by %s", viewer).isEqualTo(stored.change());
        assertThat(copy.room()).isEqualTo(stored.room());
        assertThat(copy.call()).isEqualTo(stored.call());
        assertThat(copy.sequence()).isEqualTo(stored.sequence());
        assertThat(copy.at()).isEqualTo(stored.at());
        assertThat(copy.recipients()).isEqualTo(Recipients.only(viewer));
    }

    @Test
    void theModeratorsCopyOfARaisedHandNamesTheRaiser() {
        When raised = LIVE.when(ALICE, new RaiseHand(CALL));

        assertThat(raised.events().single().actor()).isEqualTo(Actor.user(ALICE));
        for (UserId viewer : new UserId[] {HANA, CARL, ALICE}) {
            assertFaithfulCopy(raised, viewer);
        }
    }

    @Test
    void everyCopyOfASignedQuestionNamesItsAuthorAndTheirCommand() {
        When asked = LIVE.when(ALICE, new SubmitStageQuestion(CALL, "Any plans for Android?", false))
                .thenEvents(
                        new QuestionSubmitted(new QuestionId(1), "Any plans for Android?", false, Option.some(ALICE)));

        for (UserId viewer : new UserId[] {HANA, CARL, DAVE, ALICE}) {
            assertFaithfulCopy(asked, viewer);
        }
    }
}
