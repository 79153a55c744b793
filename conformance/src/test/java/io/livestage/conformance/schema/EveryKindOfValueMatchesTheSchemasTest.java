package io.livestage.conformance.schema;

import static io.livestage.conformance.schema.EncodedValuesMatchTheSchemasProperties.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.Action;
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
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PolicyViolation;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.AlreadyAudience;
import io.livestage.domain.rejection.AlreadyCoHost;
import io.livestage.domain.rejection.AlreadyInvited;
import io.livestage.domain.rejection.AlreadySpeaker;
import io.livestage.domain.rejection.AnonymousNotAllowed;
import io.livestage.domain.rejection.Banned;
import io.livestage.domain.rejection.CoHostLimitReached;
import io.livestage.domain.rejection.HandNotRaised;
import io.livestage.domain.rejection.HandQueueFull;
import io.livestage.domain.rejection.HandsDisabled;
import io.livestage.domain.rejection.HostNotPresent;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.InvalidPolicy;
import io.livestage.domain.rejection.InvalidQuestion;
import io.livestage.domain.rejection.InvalidRoomName;
import io.livestage.domain.rejection.InvitationLapsed;
import io.livestage.domain.rejection.NoInvitation;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.NotBanned;
import io.livestage.domain.rejection.NotCoHost;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.QuestionNotOpen;
import io.livestage.domain.rejection.QuestionsDisabled;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomAlreadyExists;
import io.livestage.domain.rejection.RoomFull;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.rejection.StageFull;
import io.livestage.domain.rejection.StageModeOff;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.rejection.TargetBanned;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.rejection.TooManyOpenQuestions;
import io.livestage.domain.rejection.UnknownQuestion;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.text.TextProblem;
import io.livestage.wire.StageJson;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * One value of every kind the schemas enumerate, built by hand, so that kinds a generated history rarely reaches
 * (an invalid policy, an invalid id, a declined invitation) are validated too; and each enumeration of the schemas is
 * exactly the domain's (a code or type added to the domain must be added to the schema).
 */
class EveryKindOfValueMatchesTheSchemasTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final CallId CALL = CallId.of("ama#1");
    private static final UserId HANA = UserId.of("hana");
    private static final UserId BOB = UserId.of("bob");
    private static final QuestionId Q1 = QuestionId.of("q1");
    private static final Instant AT = Instant.parse("2026-11-23T18:00:05Z");

    static final java.util.List<Rejection> REJECTIONS = java.util.List.of(
            new AlreadyAudience(BOB),
            new AlreadyCoHost(BOB),
            new AlreadyInvited(BOB, AT.plusSeconds(60)),
            new AlreadySpeaker(BOB),
            new AnonymousNotAllowed(),
            new Banned(BOB),
            new CoHostLimitReached(2),
            new HandNotRaised(BOB),
            new HandQueueFull(500),
            new HandsDisabled(),
            new HostNotPresent(),
            new InvalidInput(new InvalidId("call id", TextProblem.MALFORMED)),
            new InvalidPolicy(Vector.of(
                    new PolicyViolation("maxSpeakers", "1001", "between 0 and 1000"),
                    new PolicyViolation("handCooldown", "PT2H", "between PT0S and PT1H"))),
            new InvalidQuestion(TextProblem.TOO_LONG),
            new InvalidRoomName(TextProblem.BLANK),
            new InvitationLapsed(AT.minusMillis(250)),
            new NoInvitation(),
            new NotAuthorized(Action.PROMOTE_TO_SPEAKER, Standing.AUDIENCE, "the host or a co-host"),
            new NotBanned(BOB),
            new NotCoHost(BOB),
            new NotInCall(HANA),
            new QuestionNotOpen(Q1, QuestionStatus.ANSWERED),
            new QuestionsDisabled(),
            new RateLimited("raising a hand again", Duration.ofMillis(4_250)),
            new RoomAlreadyExists(ROOM),
            new io.livestage.domain.rejection.RoomClosed(ROOM),
            new RoomFull(100),
            new RoomNotFound(ROOM),
            new StageFull(6),
            new StageModeOff(),
            new StaleCall(CALL, Option.some(CallId.of("ama#2"))),
            new StaleCall(CALL, Option.none()),
            new TargetBanned(BOB),
            new TargetIsHost(HANA),
            new TargetNotInCall(BOB),
            new TooManyOpenQuestions(3),
            new UnknownQuestion(QuestionId.of("q2147483647")));

    static final java.util.List<Change> CHANGES = java.util.List.of(
            new RoomCreated(
                    "Ask me anything", StagePolicy.builder().stageMode(true).build(), HANA),
            new io.livestage.domain.event.RoomClosed(),
            new CoHostAssigned(BOB),
            new CoHostRevoked(BOB),
            new HostTransferred(HANA, BOB, true),
            new UserUnbanned(BOB),
            new CallStarted(CALL),
            new CallEnded(CallEndReason.ENDED_BY_HOST),
            new ParticipantJoined(BOB, Role.AUDIENCE),
            new ParticipantLeft(BOB),
            new ParticipantRemoved(BOB, true),
            new HostAbsent(AT.plusSeconds(60)),
            new HostReturned(HANA),
            new RoleChanged(BOB, Role.SPEAKER, RoleChangeReason.INVITATION_ACCEPTED),
            new HandRaised(BOB, 1),
            new HandLowered(BOB, HandLoweredReason.DISMISSED),
            new AllHandsLowered(List.of(BOB, UserId.of("cy"))),
            new InvitedToStage(BOB, AT.plusSeconds(60)),
            new InvitationDeclined(BOB),
            new InvitationExpired(BOB),
            new QuestionSubmitted(Q1, "Why?", true, Option.some(BOB)),
            new QuestionSubmitted(Q1, "Why?", true, Option.none()),
            new QuestionSubmitted(Q1, "Why?\nReally?", false, Option.some(BOB)),
            new QuestionAnswered(Q1),
            new QuestionDismissed(Q1));

    @Test
    void everyRejectionCodeIsValidAndTheSchemaListsExactlyThem() {
        REJECTIONS.forEach(rejection -> valid("rejection.json", StageJson.encode(rejection)));

        Set<String> codes = REJECTIONS.stream().map(Rejection::code).collect(Collectors.toSet());
        assertThat(enumeration("rejection.json", "/properties/code/enum")).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(codes).as("one sample of every rejection kind").hasSize(rejectionKinds());
    }

    @Test
    void everyEventTypeIsValidAsStoredAndAsEachUserSeesIt() {
        long sequence = 1;
        for (Change change : CHANGES) {
            StageEvent event = new StageEvent(
                    ROOM,
                    change instanceof RoomCreated ? Option.none() : Option.some(CALL),
                    sequence++,
                    AT,
                    change instanceof HostAbsent ? Actor.SCHEDULER : Actor.user(BOB),
                    CommandId.of("c-" + sequence),
                    change,
                    Recipients.moderatorsAnd(BOB, UserId.of("ann")));
            valid("event.json", StageJson.encode(event));
            valid("event.json", StageJson.encode(event.seenBy(HANA)));
            valid("event.json", StageJson.encode(event.seenBy(BOB)));
        }

        assertThat(enumeration("event.json", "/properties/type/enum"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values())
                        .map(EventType::wireName)
                        .collect(Collectors.toList()))
                .containsExactlyInAnyOrderElementsOf(
                        CHANGES.stream().map(c -> c.type().wireName()).collect(Collectors.toSet()));
    }

    @Test
    void theSchemasListExactlyTheDomainsEnumerations() {
        assertThat(enumeration("ids.json", "/$defs/action/enum"))
                .containsExactlyElementsOf(Arrays.stream(Action.values())
                        .map(EveryKindOfValueMatchesTheSchemasTest::wireName)
                        .collect(Collectors.toList()));
        assertThat(enumeration("ids.json", "/$defs/standing/enum")).containsExactlyElementsOf(names(Standing.values()));
        assertThat(enumeration("ids.json", "/$defs/role/enum")).containsExactlyElementsOf(names(Role.values()));
        assertThat(enumeration("ids.json", "/$defs/questionStatus/enum"))
                .containsExactlyElementsOf(names(QuestionStatus.values()));
        assertThat(enumeration("ids.json", "/$defs/textProblem/enum"))
                .containsExactlyElementsOf(Arrays.stream(TextProblem.values())
                        .map(TextProblem::code)
                        .collect(Collectors.toList()));
        assertThat(enumeration("policy.json", "/properties/promotion/enum"))
                .containsExactlyElementsOf(names(PromotionMode.values()));
        assertThat(enumeration("event.json", "/$defs/GROUP_CALL_ENDED/properties/reason/enum"))
                .containsExactlyElementsOf(names(CallEndReason.values()));
        assertThat(enumeration("event.json", "/$defs/GROUP_CALL_ROLE_CHANGED/properties/reason/enum"))
                .containsExactlyElementsOf(names(RoleChangeReason.values()));
        assertThat(enumeration("event.json", "/$defs/GROUP_CALL_STAGE_HAND_LOWERED/properties/reason/enum"))
                .containsExactlyElementsOf(names(HandLoweredReason.values()));
        assertThat(enumeration("event.json", "/$defs/recipients/properties/group/enum"))
                .containsExactlyElementsOf(names(io.livestage.domain.event.Group.values()));
    }

    @Test
    void policiesAtTheEdgesOfEveryRangeAreValid() {
        java.util.List<StagePolicy> policies = java.util.List.of(
                StagePolicy.defaults(),
                StagePolicy.builder()
                        .maxSpeakers(0)
                        .maxParticipants(1)
                        .maxCoHosts(0)
                        .invitationTtl(Duration.ofSeconds(1))
                        .handCooldown(Duration.ZERO)
                        .maxRaisedHands(1)
                        .maxQuestionLength(1)
                        .maxOpenQuestionsPerUser(1)
                        .questionCooldown(Duration.ZERO)
                        .hostAbsenceGrace(Duration.ZERO)
                        .build(),
                StagePolicy.builder()
                        .stageMode(true)
                        .requireHost(true)
                        .maxSpeakers(1000)
                        .maxParticipants(1_000_000)
                        .maxCoHosts(50)
                        .promotion(PromotionMode.INVITE)
                        .invitationTtl(Duration.ofHours(24))
                        .handsEnabled(false)
                        .handCooldown(Duration.ofHours(1))
                        .maxRaisedHands(1_000_000)
                        .questionsEnabled(false)
                        .maxQuestionLength(10_000)
                        .allowAnonymousQuestions(true)
                        .maxOpenQuestionsPerUser(1000)
                        .questionCooldown(Duration.ofHours(1))
                        .hostAbsenceGrace(Duration.ofHours(24))
                        .build(),
                StagePolicy.builder()
                        .invitationTtl(Duration.ofHours(23)
                                .plusMinutes(59)
                                .plusSeconds(59)
                                .plusNanos(999_999_999))
                        .handCooldown(Duration.ofMinutes(59).plusSeconds(59).plusMillis(500))
                        .questionCooldown(Duration.ofMillis(1))
                        .hostAbsenceGrace(Duration.ofMinutes(90).plusSeconds(1))
                        .build());

        for (StagePolicy policy : policies) {
            String json = StageJson.encode(policy);
            valid("policy.json#/$defs/complete", json);
            assertThat(StageJson.decodePolicy(json)).as(json).contains(policy);
        }
    }

    private static java.util.List<String> enumeration(String schema, String pointer) {
        JsonNode values = SchemaFiles.tree(schema).at(pointer);
        assertThat(values.isArray()).as(schema + pointer).isTrue();
        return StreamSupport.stream(values.spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.toList());
    }

    private static java.util.List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
    }

    /** An action as the codec writes it: the key of its entry in encoded capabilities. */
    private static String wireName(Action action) {
        String json = StageJson.encode(new Capabilities(LinkedHashMap.of(action, Capability.allowed())));
        return json.substring(2, json.indexOf('"', 2));
    }

    /** The rejection records of the domain: every permitted subtype of the sealed interface. */
    private static int rejectionKinds() {
        Class<?>[] kinds = Rejection.class.getPermittedSubclasses();
        return kinds == null ? 0 : kinds.length;
    }
}
