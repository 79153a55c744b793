package io.livestage.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The defaults, exactly as issue 2 lists them. */
class DefaultStagePolicyTest {

    private static final StagePolicy DEFAULTS = StagePolicy.builder().build();

    @Test
    void theDefaultsAreThoseOfTheSpecification() {
        assertThat(DEFAULTS.stageMode()).isFalse();
        assertThat(DEFAULTS.requireHost()).isFalse();
        assertThat(DEFAULTS.maxSpeakers()).isEqualTo(6);
        assertThat(DEFAULTS.maxParticipants()).isEqualTo(100);
        assertThat(DEFAULTS.maxCoHosts()).isEqualTo(2);
        assertThat(DEFAULTS.promotion()).isEqualTo(PromotionMode.DIRECT);
        assertThat(DEFAULTS.invitationTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(DEFAULTS.handsEnabled()).isTrue();
        assertThat(DEFAULTS.handCooldown()).isEqualTo(Duration.ofSeconds(5));
        assertThat(DEFAULTS.maxRaisedHands()).isEqualTo(500);
        assertThat(DEFAULTS.questionsEnabled()).isTrue();
        assertThat(DEFAULTS.maxQuestionLength()).isEqualTo(500);
        assertThat(DEFAULTS.allowAnonymousQuestions()).isFalse();
        assertThat(DEFAULTS.maxOpenQuestionsPerUser()).isEqualTo(3);
        assertThat(DEFAULTS.questionCooldown()).isEqualTo(Duration.ofSeconds(10));
        assertThat(DEFAULTS.hostAbsenceGrace()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(StagePolicy.builder().tryBuild().isRight()).isTrue();
    }

    @Test
    void defaultsIsAnUnchangedBuilder() {
        assertThat(StagePolicy.defaults()).isEqualTo(DEFAULTS);
    }

    @Test
    void settingOneValueKeepsEveryOtherDefault() {
        StagePolicy stage = StagePolicy.builder().stageMode(true).build();

        assertThat(stage.stageMode()).isTrue();
        assertThat(stage).isNotEqualTo(DEFAULTS);
        assertThat(StagePolicy.builder().from(stage).stageMode(false).build()).isEqualTo(DEFAULTS);
    }
}
