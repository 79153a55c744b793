package io.livestage.adapters.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The processors a room's partition owner runs, on an entry held in the test: what each answers and what it writes.
 * Events are opaque here (the owner never decodes them), so they are short strings.
 */
class RoomEntryProcessorsTest {

    private static final int WINDOW = 1_024;

    private static SaveReply save(TestEntry entry, long expected, String token, String... events) {
        return new SaveRoom(
                        expected,
                        token,
                        entry.getValue() == null ? 1 : entry.getValue().lastSequence() + 1,
                        Vector.of(events),
                        Option.none(),
                        WINDOW)
                .process(entry);
    }

    private static SaveReply saveKeyed(TestEntry entry, long expected, String token, String key, int window) {
        long first = entry.getValue() == null ? 1 : entry.getValue().lastSequence() + 1;
        return new SaveRoom(
                        expected,
                        token,
                        first,
                        Vector.of("e"),
                        Option.some(new RoomEntry.KeyedRecord(key, key + "!")),
                        window)
                .process(entry);
    }

    @Nested
    class Saving {

        @Test
        void aFirstSaveCreatesTheEntryAtVersionOne() {
            TestEntry entry = new TestEntry(null);

            SaveReply reply = save(entry, 0, "t1", "a", "b");

            assertThat(reply.kind()).isEqualTo(SaveReply.Kind.SAVED);
            assertThat(reply.version()).isEqualTo(1);
            assertThat(entry.getValue().version()).isEqualTo(1);
            assertThat(entry.getValue().eventsAfter(0)).containsExactly("a", "b");
            assertThat(entry.getValue().lastSequence()).isEqualTo(2);
        }

        @Test
        void aStaleVersionIsAConflictAndWritesNothing() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a");
            save(entry, 1, "t2", "b");
            int writes = entry.writes;

            SaveReply reply = save(entry, 1, "t3", "c");

            assertThat(reply.kind()).isEqualTo(SaveReply.Kind.CONFLICT);
            assertThat(reply.version()).isEqualTo(2);
            assertThat(entry.writes).isEqualTo(writes);
            assertThat(entry.getValue().eventsAfter(0)).containsExactly("a", "b");
        }

        @Test
        void aSaveTheClusterRetriesIsRecognisedByItsTokenAndNotAppliedTwice() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a");
            SaveRoom retried = new SaveRoom(1, "t2", 2, Vector.of("b"), Option.none(), WINDOW);
            retried.process(entry);
            save(entry, 2, "t3", "c");

            SaveReply again = retried.process(entry);

            assertThat(again.kind()).isEqualTo(SaveReply.Kind.SAVED);
            assertThat(again.version()).isEqualTo(2);
            assertThat(entry.getValue().eventsAfter(0)).containsExactly("a", "b", "c");
            assertThat(entry.getValue().version()).isEqualTo(3);
        }

        @Test
        void anotherSaveAtTheVersionATokenReachedIsStillAConflict() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a");

            assertThat(save(entry, 0, "other", "b").kind()).isEqualTo(SaveReply.Kind.CONFLICT);
        }

        @Test
        void tokensAreRememberedForTheLatestSavesOnly() {
            TestEntry entry = new TestEntry(null);
            SaveRoom first = new SaveRoom(0, "first", 1, Vector.of("e"), Option.none(), WINDOW);
            first.process(entry);
            for (int v = 1; v < RoomEntry.TOKENS_KEPT; v++) {
                save(entry, v, "t" + v, "e");
            }
            assertThat(first.process(entry).kind()).isEqualTo(SaveReply.Kind.SAVED);

            save(entry, RoomEntry.TOKENS_KEPT, "last", "e");

            assertThat(first.process(entry).kind()).isEqualTo(SaveReply.Kind.CONFLICT);
        }

        @Test
        void aKnownKeyIsADuplicateEvenAtAStaleVersion() {
            TestEntry entry = new TestEntry(null);
            saveKeyed(entry, 0, "t1", "k", WINDOW);
            save(entry, 1, "t2", "e");

            SaveReply reply = saveKeyed(entry, 0, "t3", "k", WINDOW);

            assertThat(reply.kind()).isEqualTo(SaveReply.Kind.DUPLICATE);
            assertThat(reply.record()).isEqualTo("k!");
            assertThat(entry.getValue().version()).isEqualTo(2);
        }

        @Test
        void keysBeyondTheWindowAreForgottenOldestFirst() {
            TestEntry entry = new TestEntry(null);
            saveKeyed(entry, 0, "t1", "k1", 2);
            saveKeyed(entry, 1, "t2", "k2", 2);
            saveKeyed(entry, 2, "t3", "k3", 2);

            assertThat(entry.getValue().record("k1")).isEmpty();
            assertThat(entry.getValue().record("k2")).contains("k2!");
            assertThat(entry.getValue().record("k3")).contains("k3!");
        }

        @Test
        void eventsThatDoNotContinueTheRoomsSequenceAreRefused() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a");

            assertThatThrownBy(() -> new SaveRoom(1, "t2", 5, Vector.of("x"), Option.none(), WINDOW).process(entry))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(entry.getValue().version()).isEqualTo(1);
        }

        @Test
        void aSaveWithoutEventsOnlyMovesTheVersion() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a");

            SaveReply reply = new SaveRoom(1, "t2", 0, Vector.empty(), Option.none(), WINDOW).process(entry);

            assertThat(reply.version()).isEqualTo(2);
            assertThat(entry.getValue().lastSequence()).isEqualTo(1);
        }
    }

    @Nested
    class Reading {

        @Test
        void aRoomNeverSavedReadsAsAbsentAndIsNotWritten() {
            TestEntry entry = new TestEntry(null);

            RoomDelta delta = new ReadRoom(0, 0, "k", true).process(entry);

            assertThat(delta.version()).isZero();
            assertThat(delta.events()).isEmpty();
            assertThat(delta.record()).isEmpty();
            assertThat(entry.writes).isZero();
            assertThat(entry.getValue()).isNull();
        }

        @Test
        void aBarrierReadWritesTheEntryBackAndAPlainOneDoesNot() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a");
            RoomEntry saved = entry.getValue();
            int writes = entry.writes;

            new ReadRoom(0, 0, null, false).process(entry);
            assertThat(entry.writes).isEqualTo(writes);

            new ReadRoom(0, 0, null, true).process(entry);
            assertThat(entry.writes).isEqualTo(writes + 1);
            assertThat(entry.getValue()).isSameAs(saved);
        }

        @Test
        void aReaderThatKnowsAVersionGetsOnlyTheEventsSince() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a", "b");
            save(entry, 1, "t2", "c");
            entry.setValue(entry.getValue().published(2));

            RoomDelta delta = new ReadRoom(1, 2, null, false).process(entry);

            assertThat(delta.after()).isEqualTo(2);
            assertThat(delta.events()).containsExactly("c");
            assertThat(delta.version()).isEqualTo(2);
            assertThat(delta.publishedUpTo()).isEqualTo(2);
        }

        @Test
        void aReaderAheadOfTheEntryGetsTheWholeHistory() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a", "b");

            RoomDelta newer = new ReadRoom(5, 2, null, false).process(entry);
            RoomDelta longer = new ReadRoom(1, 9, null, false).process(entry);

            assertThat(newer.after()).isZero();
            assertThat(newer.events()).containsExactly("a", "b");
            assertThat(longer.after()).isZero();
            assertThat(longer.events()).containsExactly("a", "b");
        }

        @Test
        void aReadAnswersTheRecordOfItsKey() {
            TestEntry entry = new TestEntry(null);
            saveKeyed(entry, 0, "t1", "k", WINDOW);

            assertThat(new ReadRoom(1, 1, "k", false).process(entry).record()).contains("k!");
            assertThat(new ReadRoom(1, 1, "other", false).process(entry).record())
                    .isEmpty();
            assertThat(new ReadRoom(1, 1, null, false).process(entry).record()).isEmpty();
        }
    }

    @Nested
    class Publishing {

        @Test
        void markingMovesThePublishedMarkForwardOnly() {
            TestEntry entry = new TestEntry(null);
            save(entry, 0, "t1", "a", "b", "c");

            new MarkPublished(2).process(entry);
            assertThat(entry.getValue().publishedUpTo()).isEqualTo(2);
            int writes = entry.writes;

            new MarkPublished(1).process(entry);
            new MarkPublished(2).process(entry);
            assertThat(entry.getValue().publishedUpTo()).isEqualTo(2);
            assertThat(entry.writes).isEqualTo(writes);

            new MarkPublished(99).process(entry);
            assertThat(entry.getValue().publishedUpTo()).isEqualTo(3);
        }

        @Test
        void markingARoomNeverSavedWritesNothing() {
            TestEntry entry = new TestEntry(null);

            new MarkPublished(3).process(entry);

            assertThat(entry.getValue()).isNull();
            assertThat(entry.writes).isZero();
        }

        @Test
        void aRoomHasUnpublishedEventsUntilAllAreMarked() {
            TestEntry entry = new TestEntry(null);
            assertThat(new HasUnpublished().process(entry)).isFalse();
            save(entry, 0, "t1", "a", "b");
            assertThat(new HasUnpublished().process(entry)).isTrue();

            new MarkPublished(1).process(entry);
            assertThat(new HasUnpublished().process(entry)).isTrue();
            new MarkPublished(2).process(entry);
            assertThat(new HasUnpublished().process(entry)).isFalse();
            assertThat(new HasUnpublished().getBackupProcessor()).isNull();
        }
    }

    @Test
    void eventsAfterASequenceBeyondTheLastAreNone() {
        TestEntry entry = new TestEntry(null);
        save(entry, 0, "t1", "a", "b");

        assertThat(entry.getValue().eventsAfter(1)).containsExactly("b");
        assertThat(entry.getValue().eventsAfter(2)).isEmpty();
        assertThat(entry.getValue().eventsAfter(Long.MAX_VALUE)).isEmpty();
        assertThat(entry.getValue().eventsAfter(-1)).containsExactly("a", "b");
    }
}
