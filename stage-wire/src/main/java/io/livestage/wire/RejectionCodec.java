package io.livestage.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.command.Action;
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.policy.PolicyViolation;
import io.livestage.domain.rejection.*;
import io.livestage.domain.role.Standing;
import io.livestage.domain.text.TextProblem;

/**
 * A rejection as {@code {"code":"stage_full","message":"...","limit":6}}: the stable code clients branch on, the
 * message for people, and the rejection's typed fields ({@code limit}, {@code retryAfter} as ISO-8601, {@code user}).
 * Decoding reads the fields by code and ignores the message, which may be worded differently by another version.
 */
final class RejectionCodec {

    private static final String[] COMMON = {"code", "message"};
    private static final String[] ABOUT_A_USER = {"code", "message", "user"};

    private RejectionCodec() {}

    static ObjectNode encode(Rejection rejection) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("code", rejection.code());
        json.put("message", rejection.message());
        if (rejection instanceof AlreadyAudience r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof AlreadyCoHost r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof AlreadyInvited r) {
            json.put("user", r.target().value());
            json.put("expiresAt", r.expiresAt().toString());
        } else if (rejection instanceof AlreadySpeaker r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof Banned r) {
            json.put("user", r.user().value());
        } else if (rejection instanceof CoHostLimitReached r) {
            json.put("limit", r.limit());
        } else if (rejection instanceof HandNotRaised r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof HandQueueFull r) {
            json.put("limit", r.limit());
        } else if (rejection instanceof InvalidInput r) {
            json.put("kind", r.invalid().kind());
            json.put("problem", r.invalid().problem().code());
        } else if (rejection instanceof InvalidPolicy r) {
            ArrayNode violations = json.putArray("violations");
            r.violations()
                    .forEach(v -> violations
                            .addObject()
                            .put("setting", v.setting())
                            .put("value", v.value())
                            .put("requirement", v.requirement()));
        } else if (rejection instanceof InvalidQuestion r) {
            json.put("problem", r.problem().code());
        } else if (rejection instanceof InvalidRoomName r) {
            json.put("problem", r.problem().code());
        } else if (rejection instanceof InvitationLapsed r) {
            json.put("expiredAt", r.expiredAt().toString());
        } else if (rejection instanceof NotAuthorized r) {
            json.put("action", Names.camel(r.action()));
            json.put("standing", Names.constant(r.standing()));
            json.put("rule", r.rule());
        } else if (rejection instanceof NotBanned r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof NotCoHost r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof NotInCall r) {
            json.put("user", r.actor().value());
        } else if (rejection instanceof QuestionNotOpen r) {
            json.put("question", r.question().toString());
            json.put("status", Names.constant(r.status()));
        } else if (rejection instanceof RateLimited r) {
            json.put("what", r.what());
            json.put("retryAfter", r.retryAfter().toString());
        } else if (rejection instanceof RoomAlreadyExists r) {
            json.put("room", r.room().value());
        } else if (rejection instanceof RoomClosed r) {
            json.put("room", r.room().value());
        } else if (rejection instanceof RoomFull r) {
            json.put("limit", r.limit());
        } else if (rejection instanceof RoomNotFound r) {
            json.put("room", r.room().value());
        } else if (rejection instanceof StageFull r) {
            json.put("limit", r.limit());
        } else if (rejection instanceof StaleCall r) {
            json.put("call", r.named().toString());
            r.live().forEach(live -> json.put("liveCall", live.toString()));
        } else if (rejection instanceof TargetBanned r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof TargetIsHost r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof TargetNotInCall r) {
            json.put("user", r.target().value());
        } else if (rejection instanceof TooManyOpenQuestions r) {
            json.put("limit", r.limit());
        } else if (rejection instanceof UnknownQuestion r) {
            json.put("question", r.question().toString());
        }
        return json;
    }

    static Rejection decode(In in) {
        String code = in.field("code").text();
        in.field("message").text();
        return in.make(() -> switch (code) {
            case "already_audience" -> new AlreadyAudience(user(in));
            case "already_co_host" -> new AlreadyCoHost(user(in));
            case "already_invited" ->
                new AlreadyInvited(user(in, "expiresAt"), in.field("expiresAt").instant());
            case "already_speaker" -> new AlreadySpeaker(user(in));
            case "anonymous_not_allowed" -> none(in, new AnonymousNotAllowed());
            case "banned" -> new Banned(user(in));
            case "co_host_limit" -> new CoHostLimitReached(limit(in));
            case "hand_not_raised" -> new HandNotRaised(user(in));
            case "hand_queue_full" -> new HandQueueFull(limit(in));
            case "hands_disabled" -> none(in, new HandsDisabled());
            case "host_not_present" -> none(in, new HostNotPresent());
            case "invalid_id" ->
                new InvalidInput(new InvalidId(
                        fields(in, "kind", "problem").field("kind").text(), problem(in)));
            case "invalid_policy" ->
                new InvalidPolicy(fields(in, "violations")
                        .field("violations")
                        .array(v -> new PolicyViolation(
                                v.only("setting", "value", "requirement")
                                        .field("setting")
                                        .text(),
                                v.field("value").text(),
                                v.field("requirement").text())));
            case "invalid_question" -> new InvalidQuestion(problem(fields(in, "problem")));
            case "invalid_room_name" -> new InvalidRoomName(problem(fields(in, "problem")));
            case "invitation_expired" ->
                new InvitationLapsed(fields(in, "expiredAt").field("expiredAt").instant());
            case "no_invitation" -> none(in, new NoInvitation());
            case "not_authorized" ->
                new NotAuthorized(
                        fields(in, "action", "standing", "rule").field("action").oneOf(Action.class, Names::camel),
                        in.field("standing").oneOf(Standing.class, Names::constant),
                        in.field("rule").text());
            case "not_banned" -> new NotBanned(user(in));
            case "not_co_host" -> new NotCoHost(user(in));
            case "not_in_call" -> new NotInCall(user(in));
            case "question_not_open" ->
                new QuestionNotOpen(
                        Ids.question(fields(in, "question", "status").field("question")),
                        in.field("status").oneOf(QuestionStatus.class, Names::constant));
            case "questions_disabled" -> none(in, new QuestionsDisabled());
            case "rate_limited" ->
                new RateLimited(
                        fields(in, "what", "retryAfter").field("what").text(),
                        in.field("retryAfter").duration());
            case "room_exists" -> new RoomAlreadyExists(room(in));
            case "room_closed" -> new RoomClosed(room(in));
            case "room_full" -> new RoomFull(limit(in));
            case "room_not_found" -> new RoomNotFound(room(in));
            case "stage_full" -> new StageFull(limit(in));
            case "stage_mode_off" -> none(in, new StageModeOff());
            case "stale_call" ->
                new StaleCall(
                        Ids.call(fields(in, "call", "liveCall").field("call")),
                        in.optional("liveCall").map(Ids::call));
            case "target_banned" -> new TargetBanned(user(in));
            case "target_is_host" -> new TargetIsHost(user(in));
            case "target_not_in_call" -> new TargetNotInCall(user(in));
            case "too_many_open_questions" -> new TooManyOpenQuestions(limit(in));
            case "unknown_question" ->
                new UnknownQuestion(Ids.question(fields(in, "question").field("question")));
            default ->
                throw new WireException(
                        in.pointer() + "/code", "unknown_type", "unknown rejection code \"" + code + "\"");
        });
    }

    private static In fields(In in, String... fields) {
        return in.only(COMMON, fields);
    }

    private static <R extends Rejection> R none(In in, R rejection) {
        fields(in);
        return rejection;
    }

    private static io.livestage.domain.id.UserId user(In in, String... more) {
        return Ids.user(in.only(ABOUT_A_USER, more).field("user"));
    }

    private static io.livestage.domain.id.RoomId room(In in) {
        return Ids.room(fields(in, "room").field("room"));
    }

    private static int limit(In in) {
        return fields(in, "limit").field("limit").integer();
    }

    private static TextProblem problem(In in) {
        return in.field("problem").oneOf(TextProblem.class, TextProblem::code);
    }
}
