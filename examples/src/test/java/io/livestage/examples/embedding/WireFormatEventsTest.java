package io.livestage.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.examples.support.FeedRecorder;
import io.livestage.examples.support.LocalStage;
import io.livestage.ports.Caller;
import io.livestage.ports.publish.Delivery;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Deliveries and payloads on the wire: keyed by wire name, with what each viewer may see. */
class WireFormatEventsTest {

    private static final UserId BOB = UserId.of("bob");
    private static final Instant AT = Instant.parse("2026-11-23T18:00:00Z");

    @Test
    void every_kind_of_event_has_a_payload() {
        List<Change> oneOfEach = List.of(
                new RoomCreated("AMA", StagePolicy.defaults(), BOB),
                new RoomClosed(),
                new CoHostAssigned(BOB),
                new CoHostRevoked(BOB),
                new HostTransferred(BOB, UserId.of("hana"), true),
                new UserUnbanned(BOB),
                new CallStarted(new CallId(RoomId.of("ama"), 1)),
                new CallEnded(CallEndReason.EMPTY),
                new ParticipantJoined(BOB, Role.AUDIENCE),
                new ParticipantLeft(BOB),
                new ParticipantRemoved(BOB, true),
                new HostAbsent(AT),
                new HostReturned(BOB),
                new RoleChanged(BOB, Role.SPEAKER, RoleChangeReason.PROMOTED),
                new HandRaised(BOB, 3),
                new HandLowered(BOB, HandLoweredReason.WITHDRAWN),
                new AllHandsLowered(Vector.of(BOB)),
                new InvitedToStage(BOB, AT),
                new InvitationDeclined(BOB),
                new InvitationExpired(BOB),
                new QuestionSubmitted(new QuestionId(1), "Why?", false, Option.some(BOB)),
                new QuestionAnswered(new QuestionId(1)),
                new QuestionDismissed(new QuestionId(1)));

        assertThat(oneOfEach.stream().map(Change::type).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(EventType.class));
        for (Change change : oneOfEach) {
            Map<String, Object> payload = WireFormat.payload(change);
            assertThat(WireFormat.json(payload)).startsWith("{").endsWith("}");
        }
    }

    @Test
    void payload_fields_are_ids_as_text_and_enums_by_name() {
        assertThat(WireFormat.payload(new RoleChanged(BOB, Role.SPEAKER, RoleChangeReason.PROMOTED)))
                .containsEntry("user", "bob")
                .containsEntry("role", "SPEAKER")
                .containsEntry("reason", "PROMOTED");
        assertThat(WireFormat.payload(new HandRaised(BOB, 3))).containsEntry("position", 3);
        assertThat(WireFormat.payload(new HostAbsent(AT))).containsEntry("deadline", AT.toString());
        assertThat(WireFormat.payload(new AllHandsLowered(Vector.of(BOB)))).containsEntry("users", List.of("bob"));
    }

    @Test
    void a_delivery_is_typed_by_its_wire_name_and_carries_its_ordering() {
        Played played = play(false);
        Delivery joined = played.feed("hana").get(0);

        Map<String, Object> wire = WireFormat.delivery(joined);

        assertThat(wire)
                .containsEntry("type", "GROUP_CALL_PARTICIPANT_JOINED")
                .containsEntry("room", "ama")
                .containsEntry("call", "ama#1")
                .containsEntry("sequence", joined.sequence())
                .containsEntry("previous", joined.previous())
                .containsEntry("actor", "hana")
                .containsEntry("payload", Map.of("user", "hana", "role", "SPEAKER"));
    }

    @Test
    void an_anonymous_question_names_its_author_only_in_the_author_s_copy() {
        Played played = play(true);

        Map<String, Object> toHost = WireFormat.delivery(last(played.feed("hana")));
        Map<String, Object> toAuthor = WireFormat.delivery(last(played.feed("carol")));

        assertThat(toHost).containsEntry("type", "GROUP_CALL_STAGE_QUESTION").containsEntry("actor", "hidden");
        assertThat(payloadOf(toHost)).doesNotContainKey("author").containsEntry("anonymous", true);
        assertThat(payloadOf(toAuthor)).containsEntry("author", "carol");
    }

    @Test
    void an_outcome_becomes_a_response() {
        LocalStage local = new LocalStage();
        var created =
                local.stage().createRoom(Caller.of(UserId.of("hana")), RoomId.of("ama"), "AMA", StagePolicy.defaults());
        var refused = local.stage().raiseHand(Caller.of(UserId.of("bob")), CallId.of("ama#1"));

        assertThat(WireFormat.outcome(created)).containsEntry("ok", true).containsEntry("value", "ama");
        assertThat(WireFormat.outcome(refused))
                .containsEntry("ok", false)
                .containsEntry("code", refused.code())
                .containsKey("message");
    }

    private record Played(FeedRecorder feeds) {
        List<Delivery> feed(String user) {
            return feeds.feedOf(UserId.of(user));
        }
    }

    /** hana hosts, carol asks a question (anonymously or not). */
    private static Played play(boolean anonymous) {
        LocalStage local = new LocalStage();
        RoomId room = RoomId.of("ama");
        FeedRecorder feeds = new FeedRecorder(local.bus());
        Set.of("hana", "carol").forEach(user -> feeds.subscribe(room, UserId.of(user)));
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .allowAnonymousQuestions(true)
                .build();
        local.stage().createRoom(Caller.of(UserId.of("hana")), room, "AMA", policy);
        local.stage().joinRoom(Caller.of(UserId.of("hana")), room);
        local.stage().joinRoom(Caller.of(UserId.of("carol")), room);
        local.stage().submitStageQuestion(Caller.of(UserId.of("carol")), CallId.of("ama#1"), "Who decides?", anonymous);
        return new Played(feeds);
    }

    private static Delivery last(List<Delivery> feed) {
        return feed.get(feed.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payloadOf(Map<String, Object> wire) {
        return (Map<String, Object>) wire.get("payload");
    }
}
