package io.livestage.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.rejection.InvalidPolicy;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A policy is checked where it is built: {@code build()} throws for settings written in code, {@code tryBuild()}
 * returns every violation as a value for settings from outside.
 */
class ValidatingAStagePolicyTest {

    /** Every ranged setting out of range. */
    private static StagePolicy.Builder allWrong() {
        return StagePolicy.builder()
                .maxSpeakers(-1)
                .maxParticipants(0)
                .maxCoHosts(51)
                .invitationTtl(Duration.ZERO)
                .handCooldown(Duration.ofSeconds(-1))
                .maxRaisedHands(0)
                .maxQuestionLength(10_001)
                .maxOpenQuestionsPerUser(0)
                .questionCooldown(Duration.ofHours(2))
                .hostAbsenceGrace(Duration.ofDays(2));
    }

    @Test
    void aValidPolicyIsBuiltEitherWay() {
        StagePolicy.Builder builder = StagePolicy.builder().stageMode(true).maxSpeakers(3);

        StagePolicy built = builder.build();

        assertThat(built.maxSpeakers()).isEqualTo(3);
        assertThat(builder.tryBuild().get()).isEqualTo(built);
    }

    @Test
    void everyViolationIsReportedAtOnceInDeclarationOrder() {
        Seq<PolicyViolation> violations = allWrong().tryBuild().getLeft();

        assertThat(violations.map(PolicyViolation::setting))
                .containsExactly(
                        "maxSpeakers",
                        "maxParticipants",
                        "maxCoHosts",
                        "invitationTtl",
                        "handCooldown",
                        "maxRaisedHands",
                        "maxQuestionLength",
                        "maxOpenQuestionsPerUser",
                        "questionCooldown",
                        "hostAbsenceGrace");
    }

    @Test
    void buildingAnInvalidPolicyInCodeThrowsAtThatLineListingEveryViolation() {
        StagePolicy.Builder builder = StagePolicy.builder()
                .stageMode(true)
                .maxSpeakers(-1)
                .maxCoHosts(51)
                .questionCooldown(Duration.ofSeconds(-10));

        assertThatIllegalArgumentException()
                .isThrownBy(builder::build)
                .withMessage("invalid stage policy: maxSpeakers must be between 0 and 1000, was -1; "
                        + "maxCoHosts must be between 0 and 50, was 51; "
                        + "questionCooldown must be between PT0S and PT1H, was PT-10S");
    }

    @Test
    void theViolationsOfSettingsFromOutsideBecomeTheInvalidPolicyRejection() {
        Seq<PolicyViolation> violations = StagePolicy.builder()
                .maxSpeakers(-1)
                .maxParticipants(0)
                .tryBuild()
                .getLeft();

        InvalidPolicy rejection = new InvalidPolicy(violations);

        assertThat(rejection.violations())
                .isEqualTo(Vector.of(
                        new PolicyViolation("maxSpeakers", "-1", "between 0 and 1000"),
                        new PolicyViolation("maxParticipants", "0", "between 1 and 1000000")));
        assertThat(rejection.code()).isEqualTo("invalid_policy");
        assertThat(rejection.message())
                .isEqualTo("invalid stage policy: maxSpeakers must be between 0 and 1000, was -1; "
                        + "maxParticipants must be between 1 and 1000000, was 0");
    }

    @Test
    void aViolationSaysWhatWasGivenAndWhatIsRequired() {
        PolicyViolation violation =
                StagePolicy.builder().maxSpeakers(-1).tryBuild().getLeft().single();

        assertThat(violation).isEqualTo(new PolicyViolation("maxSpeakers", "-1", "between 0 and 1000"));
        assertThat(violation.message()).isEqualTo("maxSpeakers must be between 0 and 1000, was -1");
    }

    @Test
    void noValueMakesTryBuildThrow() {
        assertThatCode(() -> StagePolicy.builder()
                        .maxSpeakers(Integer.MIN_VALUE)
                        .maxParticipants(Integer.MAX_VALUE)
                        .maxCoHosts(Integer.MIN_VALUE)
                        .invitationTtl(Duration.ofSeconds(Long.MIN_VALUE))
                        .handCooldown(Duration.ofSeconds(Long.MAX_VALUE))
                        .maxRaisedHands(Integer.MIN_VALUE)
                        .maxQuestionLength(Integer.MAX_VALUE)
                        .maxOpenQuestionsPerUser(Integer.MIN_VALUE)
                        .questionCooldown(Duration.ofSeconds(Long.MIN_VALUE))
                        .hostAbsenceGrace(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))
                        .tryBuild())
                .doesNotThrowAnyException();
        assertThat(StagePolicy.builder()
                        .maxSpeakers(Integer.MIN_VALUE)
                        .invitationTtl(Duration.ofSeconds(Long.MIN_VALUE))
                        .tryBuild()
                        .getLeft())
                .hasSize(2);
    }

    @Test
    void onlyAMissingValueThrowsFromASetter() {
        assertThatThrownBy(() -> StagePolicy.builder().invitationTtl(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StagePolicy.builder().promotion(null)).isInstanceOf(NullPointerException.class);
    }
}
