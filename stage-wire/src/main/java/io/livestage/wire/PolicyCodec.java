package io.livestage.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.policy.PolicyViolation;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.vavr.collection.Seq;

/**
 * {@link StagePolicy} as a JSON object: every setting under its builder name, durations in ISO-8601 ({@code PT60S}),
 * the promotion mode as {@code DIRECT} or {@code INVITE}. Decoding applies the default of every absent setting,
 * refuses unknown settings, and refuses a policy outside its ranges at the pointer of the first offending setting.
 */
final class PolicyCodec {

    private static final String[] SETTINGS = {
        "stageMode",
        "requireHost",
        "maxSpeakers",
        "maxParticipants",
        "maxCoHosts",
        "promotion",
        "invitationTtl",
        "handsEnabled",
        "handCooldown",
        "maxRaisedHands",
        "questionsEnabled",
        "maxQuestionLength",
        "allowAnonymousQuestions",
        "maxOpenQuestionsPerUser",
        "questionCooldown",
        "hostAbsenceGrace"
    };

    private PolicyCodec() {}

    static ObjectNode encode(StagePolicy policy) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("stageMode", policy.stageMode());
        json.put("requireHost", policy.requireHost());
        json.put("maxSpeakers", policy.maxSpeakers());
        json.put("maxParticipants", policy.maxParticipants());
        json.put("maxCoHosts", policy.maxCoHosts());
        json.put("promotion", Names.constant(policy.promotion()));
        json.put("invitationTtl", policy.invitationTtl().toString());
        json.put("handsEnabled", policy.handsEnabled());
        json.put("handCooldown", policy.handCooldown().toString());
        json.put("maxRaisedHands", policy.maxRaisedHands());
        json.put("questionsEnabled", policy.questionsEnabled());
        json.put("maxQuestionLength", policy.maxQuestionLength());
        json.put("allowAnonymousQuestions", policy.allowAnonymousQuestions());
        json.put("maxOpenQuestionsPerUser", policy.maxOpenQuestionsPerUser());
        json.put("questionCooldown", policy.questionCooldown().toString());
        json.put("hostAbsenceGrace", policy.hostAbsenceGrace().toString());
        return json;
    }

    static StagePolicy decode(In in) {
        in.only(SETTINGS);
        StagePolicy.Builder builder = StagePolicy.builder();
        in.optional("stageMode").forEach(v -> builder.stageMode(v.bool()));
        in.optional("requireHost").forEach(v -> builder.requireHost(v.bool()));
        in.optional("maxSpeakers").forEach(v -> builder.maxSpeakers(v.integer()));
        in.optional("maxParticipants").forEach(v -> builder.maxParticipants(v.integer()));
        in.optional("maxCoHosts").forEach(v -> builder.maxCoHosts(v.integer()));
        in.optional("promotion").forEach(v -> builder.promotion(v.oneOf(PromotionMode.class, Names::constant)));
        in.optional("invitationTtl").forEach(v -> builder.invitationTtl(v.duration()));
        in.optional("handsEnabled").forEach(v -> builder.handsEnabled(v.bool()));
        in.optional("handCooldown").forEach(v -> builder.handCooldown(v.duration()));
        in.optional("maxRaisedHands").forEach(v -> builder.maxRaisedHands(v.integer()));
        in.optional("questionsEnabled").forEach(v -> builder.questionsEnabled(v.bool()));
        in.optional("maxQuestionLength").forEach(v -> builder.maxQuestionLength(v.integer()));
        in.optional("allowAnonymousQuestions").forEach(v -> builder.allowAnonymousQuestions(v.bool()));
        in.optional("maxOpenQuestionsPerUser").forEach(v -> builder.maxOpenQuestionsPerUser(v.integer()));
        in.optional("questionCooldown").forEach(v -> builder.questionCooldown(v.duration()));
        in.optional("hostAbsenceGrace").forEach(v -> builder.hostAbsenceGrace(v.duration()));
        return builder.tryBuild()
                .getOrElseThrow((Seq<PolicyViolation> violations) -> new WireException(
                        in.pointer() + "/" + violations.head().setting(),
                        "invalid_policy",
                        violations.map(PolicyViolation::message).mkString("; ")));
    }
}
