package io.livestage.domain.events;

import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.testing.Given;
import io.livestage.domain.testing.People;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** An event's kind and the name clients see are those of its change. */
class AnEventIsOfItsChangesKindTest {

    @Test
    void theFirstJoinStartsACallAndJoinsIt() {
        Seq<StageEvent> events =
                Given.stageRoom().when(HANA, new JoinRoom(People.ROOM)).events();

        assertThat(events.map(StageEvent::type)).containsExactly(EventType.CALL_STARTED, EventType.PARTICIPANT_JOINED);
        assertThat(events.map(StageEvent::wireName))
                .containsExactly("GROUP_CALL_STARTED", "GROUP_CALL_PARTICIPANT_JOINED");
    }

    @Test
    void everyEventsKindIsItsChangesKind() {
        for (StageEvent event : Given.stageRoom().joined(HANA).history()) {
            assertThat(event.type()).isEqualTo(event.change().type());
            assertThat(event.wireName()).isEqualTo(event.change().type().wireName());
        }
    }
}
