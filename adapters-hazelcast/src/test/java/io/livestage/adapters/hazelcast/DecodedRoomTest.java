package io.livestage.adapters.hazelcast;

import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.ports.publish.EventEnvelope;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * A member's decoded room: rebuilt from the stored JSON by replay, it is the decider's room, and each envelope reaches
 * the audience it reached when decided; decoding in pieces gives what decoding at once gives.
 */
class DecodedRoomTest {

    private final History ama = ContractFixtures.ama(ROOM);
    private final Vector<String> stored =
            Vector.ofAll(ama.envelopes()).map(envelope -> StoredJson.event(envelope.event()));

    @Test
    void theWholeHistoryDecodesToTheDecidersRoomAndAudiences() {
        DecodedRoom room = DecodedRoom.NONE.with(new RoomDelta(11, 0, 0, stored, Option.none()));

        assertThat(room.version()).isEqualTo(11);
        assertThat(room.state()).contains(ama.state());
        assertSameAudiences(room.log(), ama.envelopes());
        assertThat(room.lastSequence()).isEqualTo(ama.state().sequence());
    }

    @Test
    void decodingInPiecesGivesWhatDecodingAtOnceGives() {
        DecodedRoom first = DecodedRoom.NONE.with(new RoomDelta(4, 0, 0, stored.take(5), Option.none()));

        DecodedRoom both = first.with(new RoomDelta(11, 0, 5, stored.drop(5), Option.none()));

        assertThat(both.state()).contains(ama.state());
        assertThat(both.log())
                .isEqualTo(DecodedRoom.NONE
                        .with(new RoomDelta(11, 0, 0, stored, Option.none()))
                        .log());
    }

    @Test
    void aWholeHistoryReplacesWhatWasDecoded() {
        DecodedRoom stale = DecodedRoom.NONE.with(new RoomDelta(4, 0, 0, stored.take(5), Option.none()));

        DecodedRoom fresh = stale.with(new RoomDelta(11, 0, 0, stored, Option.none()));

        assertThat(fresh.state()).contains(ama.state());
        assertThat(fresh.lastSequence()).isEqualTo(stored.size());
    }

    @Test
    void nothingNewMovesOnlyTheVersion() {
        DecodedRoom room = DecodedRoom.NONE.with(new RoomDelta(4, 0, 0, stored, Option.none()));

        DecodedRoom same = room.with(new RoomDelta(5, 0, stored.size(), Vector.empty(), Option.none()));

        assertThat(same.version()).isEqualTo(5);
        assertThat(same.log()).isEqualTo(room.log());
        assertThat(same.state()).isEqualTo(room.state());
    }

    @Test
    void aSaveOfThisMemberExtendsTheRoomWithoutDecoding() {
        DecodedRoom room = DecodedRoom.NONE.with(new RoomDelta(10, 0, 0, stored.dropRight(1), Option.none()));
        var last = ama.last();

        DecodedRoom saved = room.saved(11, last.envelopes(), last.state());

        assertThat(saved.version()).isEqualTo(11);
        assertThat(saved.state()).contains(ama.state());
        assertSameAudiences(saved.log(), ama.envelopes());
    }

    @Test
    void eventsAfterASequenceAreTheLaterOnes() {
        DecodedRoom room = DecodedRoom.NONE.with(new RoomDelta(11, 0, 0, stored, Option.none()));

        assertThat(room.after(0)).hasSize(stored.size());
        assertThat(room.after(-5)).hasSize(stored.size());
        assertThat(room.after(3).head().sequence()).isEqualTo(4);
        assertThat(room.after(stored.size())).isEmpty();
        assertThat(room.after(Long.MAX_VALUE)).isEmpty();
    }

    private static void assertSameAudiences(Seq<EventEnvelope> actual, Seq<EventEnvelope> expected) {
        assertThat(actual.map(EventEnvelope::event)).containsExactlyElementsOf(expected.map(EventEnvelope::event));
        for (int i = 0; i < expected.size(); i++) {
            int at = i;
            assertThat(ContractFixtures.CAST.filter(user -> actual.get(at).isFor(user)))
                    .containsExactlyElementsOf(ContractFixtures.CAST.filter(
                            user -> expected.get(at).isFor(user)));
        }
    }
}
