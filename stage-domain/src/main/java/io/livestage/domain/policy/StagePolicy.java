package io.livestage.domain.policy;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The rules a room is created with, fixed for its life. Every setting has a default; {@code StagePolicy.builder()
 * .stageMode(true).build()} is the seed's AMA room.
 *
 * <p>Building never throws for a value: out-of-range settings are reported, all at once and typed, by {@link
 * Builder#validate()} or {@link #violations()}, and a room cannot be created with an invalid policy (the create command
 * is rejected with {@code invalid_policy}). Only a {@code null} argument throws ({@link NullPointerException}).
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

    /** Every out-of-range setting, in declaration order; empty when the policy is valid. */
    public Seq<PolicyViolation> violations() {
        return Vector.of(
                        range("maxSpeakers", maxSpeakers(), 0, MAX_SPEAKERS_LIMIT),
                        range("maxParticipants", maxParticipants(), 1, MAX_PARTICIPANTS_LIMIT),
                        range("maxCoHosts", maxCoHosts(), 0, MAX_CO_HOSTS_LIMIT),
                        range("invitationTtl", invitationTtl(), Duration.ofSeconds(1), LONGEST_DEADLINE),
                        range("handCooldown", handCooldown(), Duration.ZERO, LONGEST_COOLDOWN),
                        range("maxRaisedHands", maxRaisedHands(), 1, MAX_PARTICIPANTS_LIMIT),
                        range("maxQuestionLength", maxQuestionLength(), 1, MAX_QUESTION_LENGTH_LIMIT),
                        range("maxOpenQuestionsPerUser", maxOpenQuestionsPerUser(), 1, MAX_OPEN_QUESTIONS_LIMIT),
                        range("questionCooldown", questionCooldown(), Duration.ZERO, LONGEST_COOLDOWN),
                        range("hostAbsenceGrace", hostAbsenceGrace(), Duration.ZERO, LONGEST_DEADLINE))
                .flatMap(violation -> violation);
    }

    /** The policy itself when valid, else every violation. */
    public Validation<Seq<PolicyViolation>, StagePolicy> validated() {
        Seq<PolicyViolation> violations = violations();
        return violations.isEmpty() ? Validation.valid(this) : Validation.invalid(violations);
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
     * Builds a policy from the defaults. Setters take values as given; {@link #validate()} reports every out-of-range
     * setting at once, {@link #build()} returns the policy unchecked (a room still refuses an invalid one).
     */
    public static final class Builder extends ImmutableStagePolicy.Builder {

        Builder() {}

        /** The policy when every setting is in range, else all violations. Never throws for a value. */
        public Validation<Seq<PolicyViolation>, StagePolicy> validate() {
            return build().validated();
        }
    }
}
