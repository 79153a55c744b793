package io.livestage.examples.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.UserId;
import io.livestage.ports.client.MediaIntent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The media demo: each change of role moves media once, through a redelivery and a lost delivery. */
class MediaMirrorDemoTest {

    private final Map<UserId, StageApp> apps =
            MediaMirrorDemo.play(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void bob_starts_publishing_when_promoted_and_stops_after_resyncing_past_his_lost_demotion() {
        StageApp bob = apps.get(UserId.of("bob"));

        assertThat(bob.media().intents()).containsExactly(MediaIntent.START_PUBLISHING, MediaIntent.STOP_PUBLISHING);
        assertThat(bob.resyncs()).isEqualTo(1);
        assertThat(bob.mirror().publishing()).isFalse();
    }

    @Test
    void the_host_publishes_once_and_the_audience_never() {
        assertThat(apps.get(UserId.of("hana")).media().intents()).containsExactly(MediaIntent.START_PUBLISHING);
        assertThat(apps.get(UserId.of("carol")).media().intents()).isEmpty();
    }
}
