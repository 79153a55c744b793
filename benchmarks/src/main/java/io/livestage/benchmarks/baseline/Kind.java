package io.livestage.benchmarks.baseline;

/** The kinds of events the baselines emit: those of livestage that the benchmark workloads cause. */
public enum Kind {
    CALL_STARTED,
    PARTICIPANT_JOINED,
    PARTICIPANT_LEFT,
    HAND_RAISED,
    HAND_LOWERED,
    ROLE_CHANGED,
    CO_HOST_REVOKED,
    QUESTION_SUBMITTED,
    QUESTION_ANSWERED,
    QUESTION_DISMISSED,
    HOST_ABSENT,
    HOST_RETURNED,
    CALL_ENDED
}
