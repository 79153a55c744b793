package io.livestage.adapters.inmemory.client;

import static io.livestage.tck.ContractFixtures.ALICE;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.role.Role;
import io.livestage.ports.client.Applied;
import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.client.MediaIntent;
import io.livestage.ports.publish.Delivery;
import io.livestage.tck.ContractFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A delivery at or below the last applied sequence is a redelivery: ignored, whatever it says. */
class ClientMirrorDuplicateTest {

    private final List<Delivery> feed = Feeds.of(ContractFixtures.ama(ROOM), ALICE);
    private final List<MediaIntent> intents = new ArrayList<>();
    private final ClientMirror mirror = new ClientMirror(ALICE, intents::add);

    @Test
    void the_same_delivery_twice_is_applied_once() {
        Delivery first = feed.get(0);

        assertThat(mirror.apply(first)).isEqualTo(Applied.APPLIED);
        assertThat(mirror.apply(first)).isEqualTo(Applied.DUPLICATE);
        assertThat(mirror.lastApplied()).isEqualTo(first.sequence());
    }

    @Test
    void an_older_delivery_arriving_late_is_ignored() {
        feed.forEach(mirror::apply);
        Role role = mirror.role().get();
        boolean hand = mirror.handRaised();

        for (Delivery late : feed) {
            assertThat(mirror.apply(late)).isEqualTo(Applied.DUPLICATE);
        }

        assertThat(mirror.role()).contains(role);
        assertThat(mirror.handRaised()).isEqualTo(hand);
        assertThat(mirror.lastApplied()).isEqualTo(feed.get(feed.size() - 1).sequence());
    }

    @Test
    void a_redelivered_promotion_starts_publishing_only_once() {
        int promotion = ClientMirrorGapTest.indexOfRole(feed, Role.SPEAKER);
        feed.subList(0, promotion + 1).forEach(mirror::apply);

        mirror.apply(feed.get(promotion));
        mirror.apply(feed.get(promotion));

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING);
    }
}
