package io.livestage.benchmarks.baseline;

import io.livestage.domain.policy.StagePolicy;
import java.time.Duration;

/** The numbers of a livestage policy that the baseline rules read (stage mode and direct promotion are assumed). */
record Limits(
        int maxParticipants,
        int maxSpeakers,
        int maxRaisedHands,
        int maxOpenQuestionsPerUser,
        int maxQuestionLength,
        boolean allowAnonymousQuestions,
        Duration handCooldown,
        Duration questionCooldown,
        boolean requireHost,
        Duration hostAbsenceGrace) {

    static Limits of(StagePolicy policy) {
        return new Limits(
                policy.maxParticipants(),
                policy.maxSpeakers(),
                policy.maxRaisedHands(),
                policy.maxOpenQuestionsPerUser(),
                policy.maxQuestionLength(),
                policy.allowAnonymousQuestions(),
                policy.handCooldown(),
                policy.questionCooldown(),
                policy.requireHost(),
                policy.hostAbsenceGrace());
    }
}
