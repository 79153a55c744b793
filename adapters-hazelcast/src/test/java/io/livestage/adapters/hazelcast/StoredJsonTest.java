package io.livestage.adapters.hazelcast;

import static io.livestage.tck.ContractFixtures.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Done;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.tck.ContractFixtures;
import org.junit.jupiter.api.Test;

/** What the cluster stores reads back as it was written: every event of a history, every kind of accepted value. */
class StoredJsonTest {

    private static final UserId BOB = UserId.of("bob");

    @Test
    void everyEventOfTheAmaReadsBackWithItsPrivateFacts() {
        for (EventEnvelope envelope : ContractFixtures.ama(ROOM).envelopes()) {
            assertThat(StoredJson.event(StoredJson.event(envelope.event()))).isEqualTo(envelope.event());
        }
    }

    @Test
    void recordsOfEveryAcceptedValueReadBack() {
        CallId call = new CallId(ROOM, 1);
        for (Object value : new Object[] {Done.DONE, RoomId.of("lobby"), call, QuestionId.of("q3")}) {
            IdempotencyRecord record =
                    new IdempotencyRecord("key-1", BOB, new RaiseHand(call), new Outcome.Accepted<>(value, 9));

            assertThat(StoredJson.record("key-1", StoredJson.record(record))).isEqualTo(record);
        }
    }

    @Test
    void aRecordRemembersWhoSentWhat() {
        IdempotencyRecord record =
                new IdempotencyRecord("k", BOB, new JoinRoom(ROOM), new Outcome.Accepted<>(new CallId(ROOM, 2), 4));

        IdempotencyRecord read = StoredJson.record("k", StoredJson.record(record));

        assertThat(read.isRetryOf(BOB, new JoinRoom(ROOM))).isTrue();
        assertThat(read.isRetryOf(UserId.of("alice"), new JoinRoom(ROOM))).isFalse();
        assertThat(read.outcome().sequence()).isEqualTo(4);
    }

    @Test
    void aValueWithoutAStoredFormIsRefused() {
        IdempotencyRecord record =
                new IdempotencyRecord("k", BOB, new JoinRoom(ROOM), new Outcome.Accepted<>("text", 4));

        assertThatThrownBy(() -> StoredJson.record(record)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatDoesNotDecodeIsACorruptStore() {
        assertThatThrownBy(() -> StoredJson.event("{\"type\":\"NOPE\"}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StoredJson.record("k", "{\"sequence\":1,\"command\":{}}"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StoredJson.record("k", "not json")).isInstanceOf(IllegalStateException.class);
    }
}
