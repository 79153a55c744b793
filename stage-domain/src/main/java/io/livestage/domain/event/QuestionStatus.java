package io.livestage.domain.event;

/** Where a stage question is in its life. */
public enum QuestionStatus {
    /** Submitted, waiting for the stage. Counts against the author's open-question limit. */
    OPEN,
    /** A host or co-host marked it answered. */
    ANSWERED,
    /** A host or co-host dismissed it. */
    DISMISSED
}
