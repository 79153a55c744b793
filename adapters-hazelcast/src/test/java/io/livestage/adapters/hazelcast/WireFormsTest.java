package io.livestage.adapters.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Everything that crosses between members, written and read back by Hazelcast's serialization as a member would (no
 * cluster needed): each field arrives as it left.
 */
class WireFormsTest {

    private final SerializationService serialization = new DefaultSerializationServiceBuilder().build();

    @SuppressWarnings("unchecked")
    private <T> T across(T value) {
        return (T) serialization.toObject(serialization.toData(value));
    }

    @Test
    void aRoomEntryArrivesWithItsHistoryMarkKeysAndTokens() {
        TestEntry entry = new TestEntry(null);
        new SaveRoom(0, "t1", 1, Vector.of("a", "b"), Option.some(new RoomEntry.KeyedRecord("k", "rec")), 8)
                .process(entry);
        entry.setValue(entry.getValue().published(1));

        RoomEntry read = across(entry.getValue());

        assertThat(read.version()).isEqualTo(1);
        assertThat(read.eventsAfter(0)).containsExactly("a", "b");
        assertThat(read.publishedUpTo()).isEqualTo(1);
        assertThat(read.record("k")).contains("rec");
        assertThat(read.savedWith(1, "t1")).isTrue();
        assertThat(read.savedWith(1, "t2")).isFalse();
    }

    @Test
    void aSaveArrivesAndDoesWhatItWouldHaveDoneHere() {
        SaveRoom save = new SaveRoom(0, "t1", 1, Vector.of("a"), Option.some(new RoomEntry.KeyedRecord("k", "r")), 8);
        TestEntry entry = new TestEntry(null);

        SaveReply reply = across(across(save).process(entry));

        assertThat(reply.kind()).isEqualTo(SaveReply.Kind.SAVED);
        assertThat(reply.version()).isEqualTo(1);
        assertThat(entry.getValue().eventsAfter(0)).containsExactly("a");
        assertThat(entry.getValue().record("k")).contains("r");
        assertThat(entry.getValue().savedWith(1, "t1")).isTrue();
        SaveReply duplicate = across(across(save).process(new TestEntry(across(entry.getValue()))));
        assertThat(duplicate.kind()).isEqualTo(SaveReply.Kind.SAVED);
    }

    @Test
    void repliesArriveWhole() {
        SaveReply conflict = across(SaveReply.conflict(7));
        SaveReply duplicate = across(SaveReply.duplicate("rec"));
        RoomDelta delta = across(new RoomDelta(3, 2, 1, Vector.of("x", "y"), Option.some("rec")));
        RoomDelta none = across(new RoomDelta(3, 2, 1, Vector.empty(), Option.none()));

        assertThat(conflict.kind()).isEqualTo(SaveReply.Kind.CONFLICT);
        assertThat(conflict.version()).isEqualTo(7);
        assertThat(duplicate.kind()).isEqualTo(SaveReply.Kind.DUPLICATE);
        assertThat(duplicate.record()).isEqualTo("rec");
        assertThat(delta.version()).isEqualTo(3);
        assertThat(delta.publishedUpTo()).isEqualTo(2);
        assertThat(delta.after()).isEqualTo(1);
        assertThat(delta.events()).containsExactly("x", "y");
        assertThat(delta.record()).contains("rec");
        assertThat(none.record()).isEmpty();
    }

    @Test
    void readsAndMarksArriveWithTheirArguments() {
        TestEntry entry = new TestEntry(null);
        new SaveRoom(0, "t1", 1, Vector.of("a", "b"), Option.some(new RoomEntry.KeyedRecord("k", "r")), 8)
                .process(entry);
        new SaveRoom(1, "t2", 3, Vector.of("c"), Option.none(), 8).process(entry);
        int writes = entry.writes;

        RoomDelta delta = across(new ReadRoom(1, 2, "k", true)).process(entry);
        across(new MarkPublished(2)).process(entry);

        assertThat(delta.after()).isEqualTo(2);
        assertThat(delta.events()).containsExactly("c");
        assertThat(delta.record()).contains("r");
        assertThat(entry.writes).isEqualTo(writes + 2);
        assertThat(entry.getValue().publishedUpTo()).isEqualTo(2);
        assertThat(across(new ReadRoom(0, 0, null, false)).process(entry).record())
                .isEmpty();
        assertThat(across(new HasUnpublished()).process(entry)).isTrue();
    }

    @Test
    void aFeedItemArrivesWithItsEventAndAudience() {
        FeedItem item = across(new FeedItem("{\"event\":1}", Vector.of("hana", "bob")));

        assertThat(item.event()).isEqualTo("{\"event\":1}");
        assertThat(item.audience()).containsExactly("hana", "bob");
    }
}
