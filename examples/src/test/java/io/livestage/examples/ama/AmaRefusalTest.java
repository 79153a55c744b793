package io.livestage.examples.ama;

import static io.livestage.examples.ama.Ama.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.ports.Outcome;
import org.junit.jupiter.api.Test;

/** An audience member who tries to promote themself is refused, and only they hear about it. */
class AmaRefusalTest {

    private final Timeline timeline = Ama.play();

    @Test
    void dave_is_refused_not_authorized() {
        assertThat(timeline.refusals()).hasSize(1);
        Step refused = timeline.refusals().get(0);

        assertThat(refused.actor()).isEqualTo(DAVE.value());
        assertThat(refused.outcome().get().code()).isEqualTo("not_authorized");
        assertThat(((Outcome.Rejected<?>) refused.outcome().get()).rejection()).isInstanceOf(NotAuthorized.class);
    }

    @Test
    void nobody_s_feed_receives_anything_from_the_refusal() {
        Step refused = timeline.refusals().get(0);

        assertThat(refused.received()).isEmpty();
    }

    @Test
    void the_printed_timeline_shows_the_refusal_under_dave_alone() {
        String text = TimelineText.render(timeline);
        String steps = text.substring(0, text.indexOf("Summary"));
        String code = timeline.refusals().get(0).outcome().get().code();

        assertThat(steps.lines().filter(line -> line.contains("refused " + code)))
                .hasSize(1)
                .allMatch(line -> line.trim().startsWith(DAVE.value() + " "));
    }
}
