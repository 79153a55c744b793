package io.livestage.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The rules a room is created with, fixed for its life. Every setting has a default; {@code StagePolicy.builder()
 * .stageMode(true).build()} is the seed's AMA room.
 *
 * <p>Every {@code StagePolicy} is valid: an out-of-range setting is found where the policy is built, never later.
 * {@link Builder#build()} throws {@link IllegalArgumentException} listing every violation (for settings written in
 * code, a programming error); {@link Builder#tryBuild()} returns them all as values (for settings that arrive from
 * outside: a transport turns them into the rejection {@code invalid_policy}). A {@code null} argument throws {@link
 * NullPointerException}.
 *
 * <p>Stage size: {@link #maxSpeakers()} counts members on stage, not the host and co-hosts (as X Spaces counts them).
 * The most that publish at once is therefore {@code 1 + maxCoHosts + maxSpeakers}; in a peer-to-peer mesh every
 * publisher sends to every participant, which is what bounds a stage without an SFU.
 */
@Value.Immutable
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false))
public abstract class StagePolicy {

    static final int MAX_SPEAKERS_LIMIT = 1_000;
    static final int MAX_PARTICIPANTS_LIMIT = 1_000_000;
    static final int MAX_CO_HOSTS_LIMIT = 50;
    static final int MAX_QUESTION_LENGTH_LIMIT = 10_000;
    static final int MAX_OPEN_QUESTIONS_LIMIT = 1_000;
    static final Duration LONGEST_DEADLINE = Duration.ofHours(24);
    static final Duration LONGEST_COOLDOWN = Duration.ofHours(1);

    StagePolicy() {}

    /** The defaults: a plain call (stage mode off), no host required. */
    public static StagePolicy defaults() {
        return builder().build();
    }

    /** A builder holding every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Stage mode: members join as audience and must be promoted to speak. Off: everyone joins as a speaker. */
    @Value.Default
    public boolean stageMode() {
        return false;
    }

    /** Members may join only while the host or a co-host is present; the call ends if they stay away too long. */
    @Value.Default
    public boolean requireHost() {
        return false;
    }

    /** Members on stage at once, not counting the host and co-hosts. 0 to 1,000. */
    @Value.Default
    public int maxSpeakers() {
        return 6;
    }

    /** Everyone present in the call, the host included. 1 to 1,000,000. */
    @Value.Default
    public int maxParticipants() {
        return 100;
    }

    /** Co-hosts the host may appoint. 0 to 50. */
    @Value.Default
    public int maxCoHosts() {
        return 2;
    }

    /** What {@code promoteToSpeaker} does to an audience member without a raised hand. */
    @Value.Default
    public PromotionMode promotion() {
        return PromotionMode.DIRECT;
    }

    /** How long a stage invitation may be accepted ({@link PromotionMode#INVITE}). 1 second to 24 hours. */
    @Value.Default
    public Duration invitationTtl() {
        return Duration.ofSeconds(60);
    }

    /** Whether the audience may raise hands. */
    @Value.Default
    public boolean handsEnabled() {
        return true;
    }

    /** Time between a hand being lowered and its owner raising it again. 0 to 1 hour. */
    @Value.Default
    public Duration handCooldown() {
        return Duration.ofSeconds(5);
    }

    /** Hands up at once. 1 to 1,000,000. */
    @Value.Default
    public int maxRaisedHands() {
        return 500;
    }

    /** Whether the audience may submit stage questions. */
    @Value.Default
    public boolean questionsEnabled() {
        return true;
    }

    /** Longest question, in code points after trimming. 1 to 10,000. */
    @Value.Default
    public int maxQuestionLength() {
        return 500;
    }

    /** Whether a question may hide its author from everyone but the author. */
    @Value.Default
    public boolean allowAnonymousQuestions() {
        return false;
    }

    /** Unanswered, undismissed questions one member may have at once. 1 to 1,000. */
    @Value.Default
    public int maxOpenQuestionsPerUser() {
        return 3;
    }

    /** Time between two questions of the same member. 0 to 1 hour. */
    @Value.Default
    public Duration questionCooldown() {
        return Duration.ofSeconds(10);
    }

    /**
     * With {@link #requireHost()}: how long the call survives without a host or co-host present. 0 ends the call the
     * moment the last one leaves. 0 to 24 hours.
     */
    @Value.Default
    public Duration hostAbsenceGrace() {
        return Duration.ofSeconds(60);
    }

    /** Every out-of-range setting of {@code policy}, in declaration order; empty when it is valid. */
    private static Seq<PolicyViolation> violationsOf(StagePolicy policy) {
        return Vector.of(
                        range("maxSpeakers", policy.maxSpeakers(), 0, MAX_SPEAKERS_LIMIT),
                        range("maxParticipants", policy.maxParticipants(), 1, MAX_PARTICIPANTS_LIMIT),
                        range("maxCoHosts", policy.maxCoHosts(), 0, MAX_CO_HOSTS_LIMIT),
                        range("invitationTtl", policy.invitationTtl(), Duration.ofSeconds(1), LONGEST_DEADLINE),
                        range("handCooldown", policy.handCooldown(), Duration.ZERO, LONGEST_COOLDOWN),
                        range("maxRaisedHands", policy.maxRaisedHands(), 1, MAX_PARTICIPANTS_LIMIT),
                        range("maxQuestionLength", policy.maxQuestionLength(), 1, MAX_QUESTION_LENGTH_LIMIT),
                        range("maxOpenQuestionsPerUser", policy.maxOpenQuestionsPerUser(), 1, MAX_OPEN_QUESTIONS_LIMIT),
                        range("questionCooldown", policy.questionCooldown(), Duration.ZERO, LONGEST_COOLDOWN),
                        range("hostAbsenceGrace", policy.hostAbsenceGrace(), Duration.ZERO, LONGEST_DEADLINE))
                .flatMap(violation -> violation);
    }

    private static Option<PolicyViolation> range(String setting, int value, int min, int max) {
        return value >= min && value <= max
                ? Option.none()
                : Option.some(new PolicyViolation(setting, Integer.toString(value), "between " + min + " and " + max));
    }

    private static Option<PolicyViolation> range(String setting, Duration value, Duration min, Duration max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                ? Option.none()
                : Option.some(new PolicyViolation(setting, value.toString(), "between " + min + " and " + max));
    }

    /**
     * Builds a policy from the defaults. Setters take values as given; the range of every setting is checked once, when
     * the policy is built, and every violation is reported together.
     */
    public static final class Builder extends ImmutableStagePolicy.Builder {

        Builder() {}

        /**
         * The policy, for settings written in code.
         *
         * @throws IllegalArgumentException if a setting is out of range, listing every violation; use {@link
         *     #tryBuild()} for settings from outside
         */
        @Override
        public StagePolicy build() {
            return tryBuild()
                    .getOrElseThrow(violations -> new IllegalArgumentException(
                            "invalid stage policy: " + PolicyViolation.messages(violations)));
        }

        /** The policy when every setting is in range, else every violation in declaration order. Never throws. */
        public Either<Seq<PolicyViolation>, StagePolicy> tryBuild() {
            StagePolicy policy = super.build();
            Seq<PolicyViolation> violations = violationsOf(policy);
            return violations.isEmpty() ? Either.right(policy) : Either.left(violations);
        }
    }
}
