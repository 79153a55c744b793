package io.livestage.examples.ama;

import static io.livestage.examples.ama.Ama.BOB;
import static io.livestage.examples.ama.Ama.CAROL;
import static io.livestage.examples.ama.Ama.DAVE;
import static io.livestage.examples.ama.Ama.HOST;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.Change;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import io.livestage.ports.publish.Delivery;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AMA's feeds, as the subscriptions received them: each user gets exactly what the rules address to them. */
class AmaFeedsTest {

    private static Timeline timeline;

    @BeforeAll
    static void play() {
        timeline = Ama.play();
    }

    @Test
    void every_feed_arrives_in_sequence_order_and_names_the_delivery_before_it() {
        for (UserId user : timeline.cast()) {
            long previous = 0;
            for (Delivery delivery : timeline.feedOf(user)) {
                assertThat(delivery.previous()).as(user + "'s feed").isEqualTo(previous);
                assertThat(delivery.sequence()).isGreaterThan(previous);
                previous = delivery.sequence();
            }
        }
    }

    @Test
    void the_raised_hand_reaches_the_host_and_the_raiser_and_the_host_s_handler_promotes_him() {
        Step raise = stepOf("bob", "raiseHand");
        Step promotion = timeline.steps().get(timeline.steps().indexOf(raise) + 1);

        assertThat(raise.received().keySet()).containsExactlyInAnyOrder(HOST, BOB);
        assertThat(changes(raise.receivedBy(HOST))).containsExactly(new HandRaised(BOB, 1));
        assertThat(promotion.actor()).contains("event handler");
        assertThat(promotion.outcome().get().code()).isEqualTo("ok");
        for (UserId user : timeline.cast()) {
            assertThat(changes(promotion.receivedBy(user)))
                    .contains(new RoleChanged(BOB, Role.SPEAKER, RoleChangeReason.PROMOTED));
        }
    }

    @Test
    void the_question_reaches_the_speakers_and_its_author_only() {
        Step question = stepOf("carol", "submitStageQuestion");

        assertThat(question.received().keySet()).containsExactlyInAnyOrder(HOST, BOB, CAROL);
        QuestionSubmitted asked =
                (QuestionSubmitted) question.receivedBy(BOB).get(0).event().change();
        assertThat(asked.text()).isEqualTo(Ama.QUESTION);
        assertThat(asked.author()).contains(CAROL);
    }

    @Test
    void the_audience_never_receives_the_hands_or_questions_of_others() {
        for (UserId member : List.of(CAROL, DAVE)) {
            for (Delivery delivery : timeline.feedOf(member)) {
                Change change = delivery.event().change();
                if (change instanceof HandRaised raised) {
                    assertThat(raised.user()).isEqualTo(member);
                }
                if (change instanceof HandLowered lowered) {
                    assertThat(lowered.user()).isEqualTo(member);
                }
                if (change instanceof QuestionSubmitted asked) {
                    assertThat(asked.author()).contains(member);
                }
            }
        }
        assertThat(wireNames(timeline.feedOf(DAVE))).noneMatch(name -> name.startsWith("GROUP_CALL_STAGE_"));
    }

    @Test
    void the_answer_reaches_whoever_received_the_question() {
        Step question = stepOf("carol", "submitStageQuestion");
        Step answer = stepOf("hana", "answerQuestion");

        assertThat(answer.outcome().get().isAccepted()).isTrue();
        assertThat(answer.received().keySet()).isEqualTo(question.received().keySet());
    }

    @Test
    void the_demotion_is_broadcast_to_everyone_in_the_call() {
        Step demotion = stepOf("hana", "demoteToAudience");

        for (UserId user : timeline.cast()) {
            assertThat(changes(demotion.receivedBy(user)))
                    .containsExactly(new RoleChanged(BOB, Role.AUDIENCE, RoleChangeReason.DEMOTED));
        }
    }

    @Test
    void two_plays_deliver_exactly_the_same() {
        assertThat(Ama.play()).isEqualTo(timeline);
    }

    static Step stepOf(String actor, String call) {
        return stepOf(timeline, actor, call);
    }

    static Step stepOf(Timeline timeline, String actor, String call) {
        return timeline.steps().stream()
                .filter(step -> step.actor().equals(actor) && step.action().startsWith(call + "("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + actor + ": " + call));
    }

    static List<Change> changes(List<Delivery> feed) {
        return feed.stream().map(delivery -> delivery.event().change()).toList();
    }

    static List<String> wireNames(List<Delivery> feed) {
        return feed.stream().map(delivery -> delivery.event().wireName()).toList();
    }
}
