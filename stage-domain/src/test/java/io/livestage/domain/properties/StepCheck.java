package io.livestage.domain.properties;

/**
 * What a property asserts after each command of a run. A check may remember earlier steps (who was removed, the hand
 * queue so far); a fresh one is made for every run.
 */
@FunctionalInterface
interface StepCheck {

    /** Asserts what must hold after {@code step}; throws {@link AssertionError} if it does not. */
    void after(Step step);
}
