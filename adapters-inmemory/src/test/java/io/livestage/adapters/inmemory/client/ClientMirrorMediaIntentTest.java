package io.livestage.adapters.inmemory.client;

import static io.livestage.tck.ContractFixtures.ALICE;
import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.id.CallId;
import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.client.MediaIntent;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mirror tells the app to publish exactly when its user is a speaker, once per change. */
class ClientMirrorMediaIntentTest {

    private static final CallId CALL = new CallId(ROOM, 1);

    private final List<MediaIntent> intents = new ArrayList<>();

    private ClientMirror mirrorOf(io.livestage.domain.id.UserId user) {
        return new ClientMirror(user, intents::add);
    }

    @Test
    void an_audience_member_promoted_to_speaker_starts_publishing() {
        ClientMirror alice = mirrorOf(ALICE);
        History history = inCall().by(HANA, new PromoteToSpeaker(CALL, ALICE));

        Feeds.of(history, ALICE).forEach(alice::apply);

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING);
        assertThat(alice.publishing()).isTrue();
    }

    @Test
    void a_speaker_demoted_to_the_audience_stops_publishing() {
        ClientMirror alice = mirrorOf(ALICE);
        History history =
                inCall().by(HANA, new PromoteToSpeaker(CALL, ALICE)).by(HANA, new DemoteToAudience(CALL, ALICE));

        Feeds.of(history, ALICE).forEach(alice::apply);

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING, MediaIntent.STOP_PUBLISHING);
        assertThat(alice.publishing()).isFalse();
    }

    @Test
    void joining_the_audience_publishes_nothing() {
        ClientMirror alice = mirrorOf(ALICE);

        Feeds.of(inCall(), ALICE).forEach(alice::apply);

        assertThat(intents).isEmpty();
    }

    @Test
    void the_host_publishes_on_joining_and_stops_on_leaving() {
        ClientMirror hana = mirrorOf(HANA);
        History history = inCall().by(HANA, new Leave(CALL));

        Feeds.of(history, HANA).forEach(hana::apply);

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING, MediaIntent.STOP_PUBLISHING);
        assertThat(hana.role()).isEmpty();
    }

    @Test
    void a_speaker_stops_publishing_when_the_call_ends() {
        ClientMirror alice = mirrorOf(ALICE);
        History history = inCall().by(HANA, new PromoteToSpeaker(CALL, ALICE)).by(HANA, new EndCall(CALL));

        Feeds.of(history, ALICE).forEach(alice::apply);

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING, MediaIntent.STOP_PUBLISHING);
    }

    @Test
    void a_speaker_removed_from_the_call_stops_publishing_and_holds_no_role() {
        ClientMirror alice = mirrorOf(ALICE);
        History history = inCall().by(HANA, new PromoteToSpeaker(CALL, ALICE))
                .by(HANA, new RemoveParticipant(CALL, ALICE, false));

        Feeds.of(history, ALICE).forEach(alice::apply);

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING, MediaIntent.STOP_PUBLISHING);
        assertThat(alice.role()).isEmpty();
    }

    @Test
    void duplicates_of_role_changes_publish_nothing_more() {
        ClientMirror alice = mirrorOf(ALICE);
        History history =
                inCall().by(HANA, new PromoteToSpeaker(CALL, ALICE)).by(HANA, new DemoteToAudience(CALL, ALICE));
        var feed = Feeds.of(history, ALICE);

        feed.forEach(delivery -> {
            alice.apply(delivery);
            alice.apply(delivery);
        });
        feed.forEach(alice::apply);

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING, MediaIntent.STOP_PUBLISHING);
    }

    @Test
    void a_resync_to_the_role_already_held_publishes_nothing() {
        ClientMirror alice = mirrorOf(ALICE);
        History history = inCall().by(HANA, new PromoteToSpeaker(CALL, ALICE));
        Feeds.of(history, ALICE).forEach(alice::apply);

        alice.resync(Feeds.view(history, ALICE));

        assertThat(intents).containsExactly(MediaIntent.START_PUBLISHING);
    }

    @Test
    void a_view_of_someone_else_is_refused() {
        ClientMirror alice = mirrorOf(ALICE);

        assertThatThrownBy(() -> alice.resync(Feeds.view(inCall(), HANA))).isInstanceOf(IllegalArgumentException.class);
    }

    private static History inCall() {
        return ContractFixtures.created(ROOM).by(HANA, new JoinRoom(ROOM)).by(ALICE, new JoinRoom(ROOM));
    }
}
