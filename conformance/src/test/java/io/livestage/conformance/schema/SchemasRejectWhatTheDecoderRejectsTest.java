package io.livestage.conformance.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.HandsDisabled;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.StageFull;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.view.QuestionView;
import io.livestage.domain.view.StageView;
import io.livestage.wire.DecodeError;
import io.livestage.wire.StageJson;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas are not vacuous: each document here is a valid encoded value damaged in one place (an unknown field,
 * a missing one, a wrong type, an unknown type, a bad id, a value out of range...), and both {@code StageJson} and
 * the schema must refuse it. The undamaged value is checked too, so that it is the damage that is refused.
 */
class SchemasRejectWhatTheDecoderRejectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RoomId ROOM = RoomId.of("ama");
    private static final CallId CALL = CallId.of("ama#1");
    private static final UserId HANA = UserId.of("hana");
    private static final UserId BOB = UserId.of("bob");
    private static final Instant AT = Instant.parse("2026-11-23T18:00:05Z");

    /** A kind of document: its schema, its decoder and one valid value of it. */
    enum Kind {
        RAISE_HAND("command.json", StageJson::decodeCommand, StageJson.encode(command(new RaiseHand(CALL)))),
        PROMOTE("command.json", StageJson::decodeCommand, StageJson.encode(command(new PromoteToSpeaker(CALL, BOB)))),
        QUESTION(
                "command.json",
                StageJson::decodeCommand,
                StageJson.encode(command(new SubmitStageQuestion(CALL, "Why?", false)))),
        CREATE_ROOM(
                "command.json",
                StageJson::decodeCommand,
                StageJson.encode(command(new CreateRoom(ROOM, "AMA", StagePolicy.defaults())))),
        POLICY("policy.json", StageJson::decodePolicy, StageJson.encode(StagePolicy.defaults())),
        ROLE_CHANGED(
                "event.json",
                StageJson::decodeEvent,
                StageJson.encode(event(new RoleChanged(BOB, Role.SPEAKER, RoleChangeReason.PROMOTED)))),
        HAND_RAISED("event.json", StageJson::decodeEvent, StageJson.encode(event(new HandRaised(BOB, 1)))),
        QUESTION_SUBMITTED(
                "event.json",
                StageJson::decodeEvent,
                StageJson.encode(event(new QuestionSubmitted(QuestionId.of("q1"), "Why?", false, Option.some(BOB))))),
        STAGE_FULL("rejection.json", StageJson::decodeRejection, StageJson.encode(new StageFull(6))),
        RATE_LIMITED(
                "rejection.json",
                StageJson::decodeRejection,
                StageJson.encode(new RateLimited("raising a hand again", Duration.ofSeconds(3)))),
        HANDS_DISABLED("rejection.json", StageJson::decodeRejection, StageJson.encode(new HandsDisabled())),
        VIEW("view.json", StageJson::decodeView, StageJson.encode(view())),
        CAPABILITIES("capabilities.json", StageJson::decodeCapabilities, StageJson.encode(capabilities()));

        final String schema;
        final Function<String, Either<DecodeError, ?>> decoder;
        final String valid;

        Kind(String schema, Function<String, Either<DecodeError, ?>> decoder, String valid) {
            this.schema = schema;
            this.decoder = decoder;
            this.valid = valid;
        }
    }

    static Stream<Arguments> damagedDocuments() {
        return Stream.of(
                bad("unknown field in a command", Kind.RAISE_HAND, d -> d.put("extra", 1)),
                bad("missing target", Kind.PROMOTE, d -> d.remove("user")),
                bad("missing command id", Kind.RAISE_HAND, d -> d.remove("id")),
                bad("null command id", Kind.RAISE_HAND, d -> d.putNull("id")),
                bad("anonymous as a string", Kind.QUESTION, d -> d.put("anonymous", "yes")),
                bad("unknown command type", Kind.RAISE_HAND, d -> d.put("type", "shout")),
                bad("command type in the wrong case", Kind.RAISE_HAND, d -> d.put("type", "RAISE_HAND")),
                bad("a call command naming a room", Kind.RAISE_HAND, d -> {
                    d.remove("call");
                    d.put("room", "ama");
                }),
                bad("call id without ordinal", Kind.RAISE_HAND, d -> d.put("call", "ama")),
                bad("call ordinal 0", Kind.RAISE_HAND, d -> d.put("call", "ama#0")),
                bad("call ordinal with a leading zero", Kind.RAISE_HAND, d -> d.put("call", "ama#01")),
                bad("call ordinal beyond 32 bits", Kind.RAISE_HAND, d -> d.put("call", "ama#2147483648")),
                bad("call id of a blank room", Kind.RAISE_HAND, d -> d.put("call", " #1")),
                bad("blank user id", Kind.PROMOTE, d -> d.put("user", "")),
                bad("user id of spaces", Kind.PROMOTE, d -> d.put("user", "   ")),
                bad("user id with a leading space", Kind.PROMOTE, d -> d.put("user", " bob")),
                bad("user id with a trailing no-break space", Kind.PROMOTE, d -> d.put("user", "bob\u00A0")),
                bad("user id with a control character", Kind.PROMOTE, d -> d.put("user", "bo\u0007b")),
                bad("user id ending in a newline", Kind.PROMOTE, d -> d.put("user", "bob\n")),
                bad("user id of 129 code points", Kind.PROMOTE, d -> d.put("user", "b".repeat(129))),
                bad("instant with a space", Kind.RAISE_HAND, d -> d.put("at", "2026-11-23 18:00:05Z")),
                bad("instant without zone", Kind.RAISE_HAND, d -> d.put("at", "2026-11-23T18:00:05")),
                bad("instant as a number", Kind.RAISE_HAND, d -> d.put("at", 1_795_456_805L)),
                bad(
                        "unknown actor kind",
                        Kind.RAISE_HAND,
                        d -> d.putObject("actor").put("kind", "robot")),
                bad(
                        "user actor without user",
                        Kind.RAISE_HAND,
                        d -> d.putObject("actor").put("kind", "user")),
                bad(
                        "scheduler actor with a user",
                        Kind.RAISE_HAND,
                        d -> d.putObject("actor").put("kind", "scheduler").put("user", "hana")),
                bad(
                        "unknown policy setting in createRoom",
                        Kind.CREATE_ROOM,
                        d -> ((ObjectNode) d.get("policy")).put("maxFoo", 1)),
                bad(
                        "maxSpeakers above 1000 in createRoom",
                        Kind.CREATE_ROOM,
                        d -> ((ObjectNode) d.get("policy")).put("maxSpeakers", 1001)),
                bad("unknown policy setting", Kind.POLICY, d -> d.put("slowMode", true)),
                bad("maxParticipants 0", Kind.POLICY, d -> d.put("maxParticipants", 0)),
                bad("maxCoHosts 51", Kind.POLICY, d -> d.put("maxCoHosts", 51)),
                bad("maxQuestionLength 10001", Kind.POLICY, d -> d.put("maxQuestionLength", 10_001)),
                bad("maxOpenQuestionsPerUser 0", Kind.POLICY, d -> d.put("maxOpenQuestionsPerUser", 0)),
                bad("maxSpeakers as a fraction", Kind.POLICY, d -> d.put("maxSpeakers", 1.5)),
                bad("maxSpeakers as a string", Kind.POLICY, d -> d.put("maxSpeakers", "6")),
                bad("handCooldown over an hour", Kind.POLICY, d -> d.put("handCooldown", "PT1H0.5S")),
                bad("questionCooldown 61 minutes", Kind.POLICY, d -> d.put("questionCooldown", "PT1H1M")),
                bad("invitationTtl of zero", Kind.POLICY, d -> d.put("invitationTtl", "PT0S")),
                bad("invitationTtl under a second", Kind.POLICY, d -> d.put("invitationTtl", "PT0.5S")),
                bad("hostAbsenceGrace over a day", Kind.POLICY, d -> d.put("hostAbsenceGrace", "PT24H1S")),
                bad("negative handCooldown", Kind.POLICY, d -> d.put("handCooldown", "PT-5S")),
                bad("duration that is no duration", Kind.POLICY, d -> d.put("handCooldown", "5 seconds")),
                bad("unknown promotion mode", Kind.POLICY, d -> d.put("promotion", "LATER")),
                bad("stageMode as a number", Kind.POLICY, d -> d.put("stageMode", 1)),
                bad("unknown event type", Kind.ROLE_CHANGED, d -> d.put("type", "GROUP_CALL_DANCED")),
                bad("payload field missing", Kind.ROLE_CHANGED, d -> payload(d).remove("reason")),
                bad(
                        "payload field of another type",
                        Kind.ROLE_CHANGED,
                        d -> payload(d).put("position", 1)),
                bad("unknown role", Kind.ROLE_CHANGED, d -> payload(d).put("role", "DJ")),
                bad(
                        "unknown role change reason",
                        Kind.ROLE_CHANGED,
                        d -> payload(d).put("reason", "LUCK")),
                bad("sequence 0", Kind.ROLE_CHANGED, d -> d.put("sequence", 0)),
                bad(
                        "unknown recipient group",
                        Kind.ROLE_CHANGED,
                        d -> ((ObjectNode) d.get("recipients")).put("group", "ALL")),
                bad(
                        "recipients without users",
                        Kind.ROLE_CHANGED,
                        d -> ((ObjectNode) d.get("recipients")).remove("users")),
                bad("unknown event field", Kind.ROLE_CHANGED, d -> d.put("priority", "high")),
                bad(
                        "hand position as a string",
                        Kind.HAND_RAISED,
                        d -> payload(d).put("position", "1")),
                bad(
                        "hand position beyond 32 bits",
                        Kind.HAND_RAISED,
                        d -> payload(d).put("position", 2_147_483_648L)),
                bad(
                        "question id with a leading zero",
                        Kind.QUESTION_SUBMITTED,
                        d -> payload(d).put("question", "q01")),
                bad(
                        "question id without its q",
                        Kind.QUESTION_SUBMITTED,
                        d -> payload(d).put("question", "1")),
                bad(
                        "named question without author",
                        Kind.QUESTION_SUBMITTED,
                        d -> payload(d).remove("author")),
                bad("unknown rejection code", Kind.STAGE_FULL, d -> d.put("code", "too_loud")),
                bad("limit missing", Kind.STAGE_FULL, d -> d.remove("limit")),
                bad("message missing", Kind.STAGE_FULL, d -> d.remove("message")),
                bad("field of another code", Kind.HANDS_DISABLED, d -> d.put("limit", 6)),
                bad("retryAfter no duration", Kind.RATE_LIMITED, d -> d.put("retryAfter", "soon")),
                bad("unknown standing in a view", Kind.VIEW, d -> d.put("standing", "OWNER")),
                bad("view without atSequence", Kind.VIEW, d -> d.remove("atSequence")),
                bad("unknown field in a view", Kind.VIEW, d -> d.put("mood", "happy")),
                bad(
                        "speaker without standing",
                        Kind.VIEW,
                        d -> ((ObjectNode) d.get("speakers").get(0)).remove("standing")),
                bad(
                        "question in a view with an unknown status",
                        Kind.VIEW,
                        d -> ((ObjectNode) d.get("openQuestions").get(0)).put("status", "PENDING")),
                bad("co-hosts not an array", Kind.VIEW, d -> d.put("coHosts", "ann")),
                bad("unknown action", Kind.CAPABILITIES, d -> d.putObject("fly").put("allowed", true)),
                bad(
                        "refused without its rejection",
                        Kind.CAPABILITIES,
                        d -> ((ObjectNode) d.get("promoteToSpeaker")).remove("rejection")),
                bad(
                        "allowed as a string",
                        Kind.CAPABILITIES,
                        d -> ((ObjectNode) d.get("raiseHand")).put("allowed", "true")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theUndamagedValueDecodesAndIsValid(Kind kind) {
        assertThat(kind.decoder.apply(kind.valid).isRight()).as(kind.valid).isTrue();
        assertThat(SchemaFiles.problems(kind.schema, kind.valid)).as(kind.valid).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedDocuments")
    void theDecoderAndTheSchemaBothRefuse(Kind kind, String damaged) {
        assertThat(damaged).isNotEqualTo(kind.valid);
        assertThat(kind.decoder.apply(damaged).isLeft())
                .as("StageJson refuses %s", damaged)
                .isTrue();
        assertThat(SchemaFiles.problems(kind.schema, damaged))
                .as("%s refuses %s", kind.schema, damaged)
                .isNotEmpty();
    }

    private static Arguments bad(String description, Kind kind, Consumer<ObjectNode> damage) {
        ObjectNode document;
        try {
            document = (ObjectNode) JSON.readTree(kind.valid);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        damage.accept(document);
        return Arguments.of(Named.of(description, kind), document.toString());
    }

    private static ObjectNode payload(JsonNode event) {
        return (ObjectNode) event.get("payload");
    }

    private static Command command(io.livestage.domain.command.Intent intent) {
        return Command.by(HANA, intent, CommandId.of("c-1"), AT);
    }

    private static StageEvent event(io.livestage.domain.event.Change change) {
        return new StageEvent(
                ROOM, Option.some(CALL), 7, AT, Actor.user(HANA), CommandId.of("c-1"), change, Recipients.everyone());
    }

    private static StageView view() {
        QuestionView question = new QuestionView(
                QuestionId.of("q1"), "Why?", Option.some(BOB), false, QuestionStatus.OPEN, AT.minusSeconds(5));
        return new StageView(
                ROOM,
                "AMA",
                StagePolicy.builder().stageMode(true).build(),
                false,
                Option.some(CALL),
                12,
                HANA,
                Vector.of(UserId.of("ann")),
                HANA,
                Standing.HOST,
                Option.none(),
                Option.none(),
                Vector.of(new StageView.SpeakerView(HANA, Standing.HOST)),
                3,
                Option.none(),
                Vector.of(BOB),
                Vector.of(question),
                Vector.empty());
    }

    private static Capabilities capabilities() {
        return new Capabilities(LinkedHashMap.of(
                Action.RAISE_HAND,
                Capability.allowed(),
                Action.PROMOTE_TO_SPEAKER,
                Capability.refused(new NotAuthorized(Action.PROMOTE_TO_SPEAKER, Standing.AUDIENCE, "the host"))));
    }
}
