package io.livestage.domain.recipients;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.Audience;
import io.livestage.domain.testing.Given;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * An event's audience is a set: walking it yields every user it reaches exactly once, whether they are reached before
 * the event, after it, or both, and whether they belong to the group, are named, or both.
 */
class EachUserIsReachedOnceTest {

    private static final Given LIVE =
            Given.stageRoom().joined(HANA, CARL, ALICE, BOB).coHosts(CARL);

    private static Audience onlyAudience(Given given, UserId actor, Intent intent) {
        return given.when(actor, intent).addressed().single().audience();
    }

    @Test
    void theLeaverIsReachedByTheirOwnDepartureOnceAlongWithThoseWhoStay() {
        Audience audience = onlyAudience(LIVE, BOB, new Leave(CALL));

        assertThat(List.ofAll(audience)).containsExactlyInAnyOrder(HANA, CARL, ALICE, BOB);
        assertThat(audience.size()).isEqualTo(4);
        assertThat(audience.contains(BOB)).isTrue();
        assertThat(audience.contains(OUTSIDER)).isFalse();
    }

    @Test
    void aNamedUserWhoAlsoBelongsToTheGroupIsReachedOnce() {
        Given askedThenPromoted = LIVE.step(ALICE, new SubmitStageQuestion(CALL, "Can I say it myself?", false))
                .step(HANA, new PromoteToSpeaker(CALL, ALICE));

        var answered = askedThenPromoted
                .when(HANA, new AnswerQuestion(CALL, new QuestionId(1)))
                .thenEvents(new QuestionAnswered(new QuestionId(1)));
        Audience audience = answered.addressed().single().audience();

        assertThat(List.ofAll(audience)).containsExactlyInAnyOrder(HANA, CARL, ALICE);
        assertThat(audience.size()).isEqualTo(3);
    }

    @Test
    void theSizeCountsOnlyThoseReached() {
        Audience hand = onlyAudience(LIVE.joined(DAVE), BOB, new RaiseHand(CALL));

        assertThat(List.ofAll(hand)).containsExactlyInAnyOrder(HANA, CARL, BOB);
        assertThat(hand.size()).isEqualTo(3);
    }

    @Test
    void onlyAnEventForEveryoneIsABroadcast() {
        assertThat(onlyAudience(LIVE, BOB, new Leave(CALL)).isBroadcast()).isTrue();
        assertThat(onlyAudience(LIVE, BOB, new RaiseHand(CALL)).isBroadcast()).isFalse();
    }
}
