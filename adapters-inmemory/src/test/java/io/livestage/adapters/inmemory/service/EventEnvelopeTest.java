package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.T0;
import static io.livestage.adapters.inmemory.service.StageFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Actor;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventId;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * An envelope tells a transport what it carries without opening the event: room, call, sequence, time, actor, the
 * command that caused it and the wire name; its id reads {@code <room id>:<sequence>}.
 */
class EventEnvelopeTest {

    private final StageFixture fixture = StageFixture.start();
    private final StageService stage = fixture.stage();

    @Test
    void an_envelope_names_the_room_call_sequence_actor_causing_command_and_wire_name_of_its_event() {
        stage.createRoom(
                as(HANA),
                RoomId.of("ama"),
                "AMA",
                StagePolicy.builder().stageMode(true).build());
        CallId call = stage.joinRoom(as(HANA), RoomId.of("ama")).accepted().get();
        stage.joinRoom(as(ALICE), RoomId.of("ama"));

        stage.raiseHand(as(ALICE), call);

        EventEnvelope raised = fixture.stored(RoomId.of("ama")).last();
        assertThat(raised.room()).isEqualTo(RoomId.of("ama"));
        assertThat(raised.call()).contains(call);
        assertThat(raised.sequence())
                .isEqualTo(fixture.room(RoomId.of("ama")).get().sequence());
        assertThat(raised.at()).isEqualTo(T0);
        assertThat(raised.actor()).isEqualTo(Actor.user(ALICE));
        assertThat(raised.wireName()).isEqualTo("GROUP_CALL_STAGE_HAND_RAISED");
        assertThat(raised.id()).isEqualTo(new EventId(RoomId.of("ama"), raised.sequence()));
        assertThat(raised.causedBy()).isNotNull().isEqualTo(raised.event().causedBy());
    }

    @Test
    void the_events_of_one_command_name_the_same_cause_and_those_of_another_command_a_different_one() {
        stage.createRoom(as(HANA), RoomId.of("ama"), "AMA", StagePolicy.defaults());

        stage.joinRoom(as(HANA), RoomId.of("ama"));

        Seq<EventEnvelope> stored = fixture.stored(RoomId.of("ama"));
        EventEnvelope created = stored.head();
        Seq<EventEnvelope> joined = stored.tail();
        assertThat(joined).isNotEmpty();
        assertThat(joined.map(EventEnvelope::causedBy).distinct()).hasSize(1);
        assertThat(joined.head().causedBy()).isNotNull().isNotEqualTo(created.causedBy());
    }

    @Test
    void an_event_id_reads_as_the_room_id_a_colon_and_the_sequence() {
        assertThat(new EventId(RoomId.of("ama"), 42)).hasToString("ama:42");
    }
}
