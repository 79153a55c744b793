package io.livestage.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each range accepts both of its ends and refuses the nearest value beyond each. */
class PolicyBoundariesAreInclusiveTest {

    private static final Duration TINY = Duration.ofNanos(1);

    private static Seq<String> violated(UnaryOperator<StagePolicy.Builder> setting) {
        return setting.apply(StagePolicy.builder())
                .tryBuild()
                .fold(
                        violations -> violations.map(PolicyViolation::setting),
                        policy -> io.vavr.collection.Vector.empty());
    }

    private static void accepts(UnaryOperator<StagePolicy.Builder> setting) {
        assertThat(violated(setting)).isEmpty();
    }

    private static void refuses(String name, UnaryOperator<StagePolicy.Builder> setting) {
        assertThat(violated(setting)).containsExactly(name);
    }

    @Test
    void maxSpeakersIsFrom0To1000() {
        accepts(b -> b.maxSpeakers(0));
        accepts(b -> b.maxSpeakers(1_000));
        refuses("maxSpeakers", b -> b.maxSpeakers(-1));
        refuses("maxSpeakers", b -> b.maxSpeakers(1_001));
    }

    @Test
    void maxParticipantsIsFrom1ToAMillion() {
        accepts(b -> b.maxParticipants(1));
        accepts(b -> b.maxParticipants(1_000_000));
        refuses("maxParticipants", b -> b.maxParticipants(0));
        refuses("maxParticipants", b -> b.maxParticipants(1_000_001));
    }

    @Test
    void maxCoHostsIsFrom0To50() {
        accepts(b -> b.maxCoHosts(0));
        accepts(b -> b.maxCoHosts(50));
        refuses("maxCoHosts", b -> b.maxCoHosts(-1));
        refuses("maxCoHosts", b -> b.maxCoHosts(51));
    }

    @Test
    void invitationTtlIsFromOneSecondTo24Hours() {
        accepts(b -> b.invitationTtl(Duration.ofSeconds(1)));
        accepts(b -> b.invitationTtl(Duration.ofHours(24)));
        refuses("invitationTtl", b -> b.invitationTtl(Duration.ofSeconds(1).minus(TINY)));
        refuses("invitationTtl", b -> b.invitationTtl(Duration.ofHours(24).plus(TINY)));
    }

    @Test
    void handCooldownIsFromZeroToAnHour() {
        accepts(b -> b.handCooldown(Duration.ZERO));
        accepts(b -> b.handCooldown(Duration.ofHours(1)));
        refuses("handCooldown", b -> b.handCooldown(TINY.negated()));
        refuses("handCooldown", b -> b.handCooldown(Duration.ofHours(1).plus(TINY)));
    }

    @Test
    void maxRaisedHandsIsFrom1ToAMillion() {
        accepts(b -> b.maxRaisedHands(1));
        accepts(b -> b.maxRaisedHands(1_000_000));
        refuses("maxRaisedHands", b -> b.maxRaisedHands(0));
        refuses("maxRaisedHands", b -> b.maxRaisedHands(1_000_001));
    }

    @Test
    void maxQuestionLengthIsFrom1To10000() {
        accepts(b -> b.maxQuestionLength(1));
        accepts(b -> b.maxQuestionLength(10_000));
        refuses("maxQuestionLength", b -> b.maxQuestionLength(0));
        refuses("maxQuestionLength", b -> b.maxQuestionLength(10_001));
    }

    @Test
    void maxOpenQuestionsPerUserIsFrom1To1000() {
        accepts(b -> b.maxOpenQuestionsPerUser(1));
        accepts(b -> b.maxOpenQuestionsPerUser(1_000));
        refuses("maxOpenQuestionsPerUser", b -> b.maxOpenQuestionsPerUser(0));
        refuses("maxOpenQuestionsPerUser", b -> b.maxOpenQuestionsPerUser(1_001));
    }

    @Test
    void questionCooldownIsFromZeroToAnHour() {
        accepts(b -> b.questionCooldown(Duration.ZERO));
        accepts(b -> b.questionCooldown(Duration.ofHours(1)));
        refuses("questionCooldown", b -> b.questionCooldown(TINY.negated()));
        refuses("questionCooldown", b -> b.questionCooldown(Duration.ofHours(1).plus(TINY)));
    }

    @Test
    void hostAbsenceGraceIsFromZeroTo24Hours() {
        accepts(b -> b.hostAbsenceGrace(Duration.ZERO));
        accepts(b -> b.hostAbsenceGrace(Duration.ofHours(24)));
        refuses("hostAbsenceGrace", b -> b.hostAbsenceGrace(TINY.negated()));
        refuses("hostAbsenceGrace", b -> b.hostAbsenceGrace(Duration.ofHours(24).plus(TINY)));
    }
}
