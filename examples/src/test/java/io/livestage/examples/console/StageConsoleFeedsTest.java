package io.livestage.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** After each command the console prints the answer to the caller and every feed that received something. */
class StageConsoleFeedsTest {

    @Test
    void a_raised_hand_shows_in_the_host_s_and_the_raiser_s_feed_only() {
        List<String> replies = ConsoleScript.replies("join hana", "join bob", "join carol", "raise bob");

        String raise = replies.get(3);
        assertThat(raise).startsWith("bob: raiseHand(ama#1) -> ok");
        assertThat(raise.lines().filter(line -> line.contains("GROUP_CALL_STAGE_HAND_RAISED")))
                .extracting(line -> line.trim().split("\\s+")[0])
                .containsExactlyInAnyOrder("hana", "bob");
    }

    @Test
    void a_promotion_reaches_everyone_in_the_call() {
        List<String> replies =
                ConsoleScript.replies("join hana", "join bob", "join carol", "raise bob", "promote hana bob");

        String promotion = replies.get(4);
        assertThat(promotion.lines().filter(line -> line.contains("GROUP_CALL_ROLE_CHANGED")))
                .extracting(line -> line.trim().split("\\s+")[0])
                .containsExactlyInAnyOrder("hana", "bob", "carol");
        assertThat(promotion).contains("\"role\":\"SPEAKER\"");
    }

    @Test
    void a_quoted_question_arrives_whole_with_its_escaped_quotes() {
        List<String> replies =
                ConsoleScript.replies("join hana", "join carol", "ask carol \"How does \\\"key rotation\\\" work?\"");

        assertThat(replies.get(2))
                .startsWith("carol: submitStageQuestion(")
                .contains("-> ok q1")
                .contains("\"text\":\"How does \\\"key rotation\\\" work?\"");
    }

    @Test
    void a_refusal_is_answered_to_the_caller_and_reaches_no_feed() {
        List<String> replies = ConsoleScript.replies("join hana", "join bob", "promote bob bob");

        assertThat(replies.get(2))
                .startsWith("bob: promoteToSpeaker(ama#1, bob) -> refused not_authorized")
                .contains("(no feed received anything)");
    }

    @Test
    void view_shows_what_that_user_may_see() {
        List<String> replies = ConsoleScript.replies("join hana", "join bob", "raise bob", "view hana", "view bob");

        assertThat(replies.get(3)).contains("standing HOST").contains("hand queue: bob");
        assertThat(replies.get(4))
                .contains("standing AUDIENCE")
                .contains("hand up (position 1)")
                .doesNotContain("hand queue");
    }

    @Test
    void waiting_out_the_grace_after_the_host_leaves_ends_the_call() {
        List<String> replies = ConsoleScript.replies("join hana", "join bob", "leave hana", "wait 59", "wait 1");

        assertThat(replies.get(3)).contains("(no feed received anything)");
        assertThat(replies.get(4)).contains("GROUP_CALL_ENDED").contains("HOST_ABSENT");
    }
}
