package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.Done;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.StoreUnavailableException;
import io.livestage.tck.ContractFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredFormsTest {

    @Test
    void everyEventOfAHistoryReadsBackAsItself() {
        for (EventEnvelope envelope :
                ContractFixtures.ama(ContractFixtures.ROOM).envelopes()) {
            StageEvent event = envelope.event();
            assertThat(StoredForms.event(StoredForms.event(event))).isEqualTo(event);
        }
    }

    @Test
    void anIntentReadsBackAsItselfAndAScheduledOneKeepsItsInstant() {
        RaiseHand intent = new RaiseHand(new CallId(ContractFixtures.ROOM, 1));
        Instant at = Instant.parse("2026-11-23T18:00:00.123456789Z");

        assertThat(StoredForms.command(StoredForms.intent(intent)).intent()).isEqualTo(intent);
        assertThat(StoredForms.command(StoredForms.scheduled(intent, at)).at()).isEqualTo(at);
    }

    @Test
    void everyKindOfAcceptedValueReadsBackAsItself() {
        for (Object value : new Object[] {Done.DONE, RoomId.of("ama"), CallId.of("ama#2"), QuestionId.of("q7")}) {
            assertThat(StoredForms.value(StoredForms.kindOf(value), StoredForms.textOf(value)))
                    .isEqualTo(value);
        }
    }

    @Test
    void aValueNoCommandReturnsIsRefused() {
        assertThatThrownBy(() -> StoredForms.kindOf("text")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowThatDoesNotDecodeIsAStoreFaultNotARoom() {
        assertThatThrownBy(() -> StoredForms.event("{\"type\":\"NOPE\"}"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("event");
        assertThatThrownBy(() -> StoredForms.command("[]"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("command");
        assertThatThrownBy(() -> StoredForms.value("answer", "42")).isInstanceOf(StoreUnavailableException.class);
    }
}
