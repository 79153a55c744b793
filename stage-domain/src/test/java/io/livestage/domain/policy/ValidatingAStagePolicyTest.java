package io.livestage.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
    void aValidPolicyValidatesToItself() {
        StagePolicy.Builder builder = StagePolicy.builder().stageMode(true).maxSpeakers(3);

        assertThat(builder.validate()).isEqualTo(Validation.valid(builder.build()));
    }

    @Test
    void everyViolationIsReportedAtOnceInDeclarationOrder() {
        Seq<PolicyViolation> violations = allWrong().validate().getError();

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
        assertThat(allWrong().build().violations()).isEqualTo(violations);
    }

    @Test
    void aViolationSaysWhatWasGivenAndWhatIsRequired() {
        PolicyViolation violation =
                StagePolicy.builder().maxSpeakers(-1).validate().getError().single();

        assertThat(violation).isEqualTo(new PolicyViolation("maxSpeakers", "-1", "between 0 and 1000"));
        assertThat(violation.message()).isEqualTo("maxSpeakers must be between 0 and 1000, was -1");
    }

    @Test
    void noValueMakesBuildingOrValidatingThrow() {
        assertThatCode(() -> {
                    StagePolicy.builder()
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
                            .validate();
                })
                .doesNotThrowAnyException();
        assertThat(StagePolicy.builder()
                        .maxSpeakers(Integer.MIN_VALUE)
                        .invitationTtl(Duration.ofSeconds(Long.MIN_VALUE))
                        .validate()
                        .getError())
                .hasSize(2);
    }

    @Test
    void onlyAMissingValueThrows() {
        assertThatThrownBy(() -> StagePolicy.builder().invitationTtl(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StagePolicy.builder().promotion(null)).isInstanceOf(NullPointerException.class);
    }
}
