package io.livestage.adapters.inmemory.client;

import static io.livestage.tck.ContractFixtures.ALICE;
import static io.livestage.tck.ContractFixtures.BOB;
import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.id.CallId;
import io.livestage.ports.client.ClientMirror;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import org.junit.jupiter.api.Test;

/** The mirror knows whether its own user's hand is up, whether they lowered it or a moderator did. */
class ClientMirrorHandTest {

    private static final CallId CALL = new CallId(ROOM, 1);

    private final ClientMirror alice = new ClientMirror(ALICE, intent -> {});

    @Test
    void a_raised_hand_is_up_until_the_host_lowers_it() {
        History raised = inCall().by(ALICE, new RaiseHand(CALL));
        Feeds.of(raised, ALICE).forEach(alice::apply);
        assertThat(alice.handRaised()).isTrue();

        Feeds.of(raised.by(HANA, new LowerHand(CALL, ALICE)), ALICE).forEach(alice::apply);

        assertThat(alice.handRaised()).isFalse();
    }

    @Test
    void lowering_all_hands_lowers_the_users_hand() {
        History raised = inCall().by(BOB, new RaiseHand(CALL)).by(ALICE, new RaiseHand(CALL));
        Feeds.of(raised, ALICE).forEach(alice::apply);
        assertThat(alice.handRaised()).isTrue();

        Feeds.of(raised.by(HANA, new LowerAllHands(CALL)), ALICE).forEach(alice::apply);

        assertThat(alice.handRaised()).isFalse();
        assertThat(alice.lastApplied())
                .isEqualTo(raised.by(HANA, new LowerAllHands(CALL)).state().sequence());
    }

    private static History inCall() {
        return ContractFixtures.created(ROOM)
                .by(HANA, new JoinRoom(ROOM))
                .by(ALICE, new JoinRoom(ROOM))
                .by(BOB, new JoinRoom(ROOM));
    }
}
