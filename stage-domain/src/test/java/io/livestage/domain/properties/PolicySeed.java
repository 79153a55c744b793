package io.livestage.domain.properties;

import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * The room's policy, as choices among a few values each. Caps are small so that sequences of 50 commands hit them
 * (a full stage, a full room, the co-host cap, a full hand queue), and times are short so that cooldowns, invitations
 * and the host-absence grace expire while the clock moves. Each choice's first option is the roomiest, so a shrunk
 * counterexample keeps only the limits it needs.
 */
record PolicySeed(int[] choices) {

    private static final Vector<Boolean> STAGE_MODE = Vector.of(true, true, true, true, false);
    private static final Vector<Boolean> REQUIRE_HOST = Vector.of(false, false, true);
    private static final Vector<Integer> MAX_SPEAKERS = Vector.of(3, 2, 1, 0);
    private static final Vector<Integer> MAX_PARTICIPANTS = Vector.of(7, 5, 3, 2);
    private static final Vector<Integer> MAX_CO_HOSTS = Vector.of(2, 1, 0);
    private static final Vector<PromotionMode> PROMOTION = Vector.of(PromotionMode.DIRECT, PromotionMode.INVITE);
    private static final Vector<Duration> INVITATION_TTL = Vector.of(seconds(20), seconds(60), seconds(1));
    private static final Vector<Boolean> HANDS_ENABLED = Vector.of(true, true, true, false);
    private static final Vector<Duration> HAND_COOLDOWN = Vector.of(seconds(0), seconds(5), seconds(30));
    private static final Vector<Integer> MAX_RAISED_HANDS = Vector.of(3, 2, 1);
    private static final Vector<Boolean> QUESTIONS_ENABLED = Vector.of(true, true, true, false);
    private static final Vector<Integer> MAX_QUESTION_LENGTH = Vector.of(40, 12, 5);
    private static final Vector<Boolean> ANONYMOUS = Vector.of(true, false);
    private static final Vector<Integer> MAX_OPEN_QUESTIONS = Vector.of(3, 1);
    private static final Vector<Duration> QUESTION_COOLDOWN = Vector.of(seconds(60), seconds(0), seconds(300));
    private static final Vector<Duration> HOST_ABSENCE_GRACE = Vector.of(seconds(30), seconds(5), seconds(0));

    private static final Vector<Vector<?>> OPTIONS = Vector.of(
            STAGE_MODE,
            REQUIRE_HOST,
            MAX_SPEAKERS,
            MAX_PARTICIPANTS,
            MAX_CO_HOSTS,
            PROMOTION,
            INVITATION_TTL,
            HANDS_ENABLED,
            HAND_COOLDOWN,
            MAX_RAISED_HANDS,
            QUESTIONS_ENABLED,
            MAX_QUESTION_LENGTH,
            ANONYMOUS,
            MAX_OPEN_QUESTIONS,
            QUESTION_COOLDOWN,
            HOST_ABSENCE_GRACE);

    static Gen<PolicySeed> policies() {
        return Fields.of(OPTIONS.map(Vector::size)
                        .toJavaStream()
                        .mapToInt(Integer::intValue)
                        .toArray())
                .map(PolicySeed::new);
    }

    StagePolicy policy() {
        return StagePolicy.builder()
                .stageMode(pick(0, STAGE_MODE))
                .requireHost(pick(1, REQUIRE_HOST))
                .maxSpeakers(pick(2, MAX_SPEAKERS))
                .maxParticipants(pick(3, MAX_PARTICIPANTS))
                .maxCoHosts(pick(4, MAX_CO_HOSTS))
                .promotion(pick(5, PROMOTION))
                .invitationTtl(pick(6, INVITATION_TTL))
                .handsEnabled(pick(7, HANDS_ENABLED))
                .handCooldown(pick(8, HAND_COOLDOWN))
                .maxRaisedHands(pick(9, MAX_RAISED_HANDS))
                .questionsEnabled(pick(10, QUESTIONS_ENABLED))
                .maxQuestionLength(pick(11, MAX_QUESTION_LENGTH))
                .allowAnonymousQuestions(pick(12, ANONYMOUS))
                .maxOpenQuestionsPerUser(pick(13, MAX_OPEN_QUESTIONS))
                .questionCooldown(pick(14, QUESTION_COOLDOWN))
                .hostAbsenceGrace(pick(15, HOST_ABSENCE_GRACE))
                .build();
    }

    /** The settings that differ from the defaults, as {@code name=value}: what a reader needs to replay a failure. */
    static String describe(StagePolicy policy) {
        StagePolicy defaults = StagePolicy.defaults();
        Vector<String> differences = Vector.<Setting>of(
                        setting("stageMode", StagePolicy::stageMode),
                        setting("requireHost", StagePolicy::requireHost),
                        setting("maxSpeakers", StagePolicy::maxSpeakers),
                        setting("maxParticipants", StagePolicy::maxParticipants),
                        setting("maxCoHosts", StagePolicy::maxCoHosts),
                        setting("promotion", StagePolicy::promotion),
                        setting("invitationTtl", StagePolicy::invitationTtl),
                        setting("handsEnabled", StagePolicy::handsEnabled),
                        setting("handCooldown", StagePolicy::handCooldown),
                        setting("maxRaisedHands", StagePolicy::maxRaisedHands),
                        setting("questionsEnabled", StagePolicy::questionsEnabled),
                        setting("maxQuestionLength", StagePolicy::maxQuestionLength),
                        setting("allowAnonymousQuestions", StagePolicy::allowAnonymousQuestions),
                        setting("maxOpenQuestionsPerUser", StagePolicy::maxOpenQuestionsPerUser),
                        setting("questionCooldown", StagePolicy::questionCooldown),
                        setting("hostAbsenceGrace", StagePolicy::hostAbsenceGrace))
                .filter(s -> !s.read().apply(policy).equals(s.read().apply(defaults)))
                .map(s -> s.name() + "=" + show(s.read().apply(policy)));
        return differences.mkString("{", ", ", "}");
    }

    private static String show(Object value) {
        return value instanceof Duration duration ? duration.toSeconds() + "s" : String.valueOf(value);
    }

    private <T> T pick(int field, Vector<T> options) {
        return options.get(choices[field]);
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    private static Setting setting(String name, Function<StagePolicy, Object> read) {
        return new Setting(name, read);
    }

    private record Setting(String name, Function<StagePolicy, Object> read) {}
}
