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
import io.livestage.tck.ContractFixtures.History;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A delivery that follows one the mirror never applied is a gap: reported, not applied, until a resync. */
class ClientMirrorGapTest {

    private final History ama = ContractFixtures.ama(ROOM);
    private final List<Delivery> feed = Feeds.of(ama, ALICE);
    private final List<MediaIntent> intents = new ArrayList<>();
    private final ClientMirror mirror = new ClientMirror(ALICE, intents::add);

    @Test
    void a_delivery_after_a_lost_one_is_reported_as_a_gap_and_changes_nothing() {
        mirror.apply(feed.get(0));
        long before = mirror.lastApplied();

        Applied applied = mirror.apply(feed.get(2));

        assertThat(applied).isEqualTo(Applied.GAP);
        assertThat(mirror.lastApplied()).isEqualTo(before);
        assertThat(mirror.role()).contains(Role.AUDIENCE);
        assertThat(intents).isEmpty();
    }

    @Test
    void a_lost_promotion_is_recovered_by_resyncing_from_the_stage_view() {
        int promotion = indexOfRole(feed, Role.SPEAKER);
        feed.subList(0, promotion).forEach(mirror::apply);
        Delivery afterTheLoss = feed.get(promotion + 1);
        assertThat(mirror.apply(afterTheLoss)).isEqualTo(Applied.GAP);

        mirror.resync(Feeds.view(ama, ALICE));

        assertThat(mirror.role()).contains(Role.SPEAKER);
        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING);
        assertThat(mirror.lastApplied()).isEqualTo(ama.state().sequence());
        assertThat(mirror.apply(afterTheLoss)).isEqualTo(Applied.DUPLICATE);
    }

    @Test
    void deliveries_after_a_resync_apply_when_they_follow_the_view() {
        History midway = ContractFixtures.created(ROOM)
                .by(ContractFixtures.HANA, new io.livestage.domain.command.JoinRoom(ROOM))
                .by(ALICE, new io.livestage.domain.command.JoinRoom(ROOM));
        mirror.resync(Feeds.view(midway, ALICE));
        History later = midway.by(ContractFixtures.BOB, new io.livestage.domain.command.JoinRoom(ROOM));
        List<Delivery> whole = Feeds.of(later, ALICE);

        assertThat(mirror.apply(whole.get(whole.size() - 1))).isEqualTo(Applied.APPLIED);
        assertThat(mirror.lastApplied()).isEqualTo(later.state().sequence());
    }

    static int indexOfRole(List<Delivery> feed, Role role) {
        for (int i = 0; i < feed.size(); i++) {
            if (feed.get(i).event().change() instanceof io.livestage.domain.event.RoleChanged changed
                    && changed.role() == role) {
                return i;
            }
        }
        throw new AssertionError("no role change to " + role + " in " + feed);
    }
}
