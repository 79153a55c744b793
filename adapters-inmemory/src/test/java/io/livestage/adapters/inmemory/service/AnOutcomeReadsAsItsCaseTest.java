package io.livestage.adapters.inmemory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.rejection.StageFull;
import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Each case of an {@link Outcome} is readable without a cast or a fold: the accepted value and sequence, the
 * rejection, the failure, each as an option that is empty for the other cases.
 */
class AnOutcomeReadsAsItsCaseTest {

    private static final Outcome<String> ACCEPTED = new Outcome.Accepted<>("ama#1", 7);
    private static final Outcome<String> REJECTED = new Outcome.Rejected<>(new StageFull(6));
    private static final Outcome<String> FAILED =
            new Outcome.Failed<>(new Failure.ConflictRetriesExhausted(RoomId.of("ama"), 3));

    @Test
    void anAcceptedOutcomeHasItsValueAndSequenceAndNothingElse() {
        assertThat(ACCEPTED.isAccepted()).isTrue();
        assertThat(ACCEPTED.accepted()).isEqualTo(Option.some("ama#1"));
        assertThat(ACCEPTED.acceptedSequence()).isEqualTo(Option.some(7L));
        assertThat(ACCEPTED.rejected()).isEmpty();
        assertThat(ACCEPTED.failed()).isEmpty();
        assertThat(ACCEPTED.code()).isEqualTo("ok");
    }

    @Test
    void aRejectedOutcomeHasItsRejectionAndNothingElse() {
        assertThat(REJECTED.isAccepted()).isFalse();
        assertThat(REJECTED.accepted()).isEmpty();
        assertThat(REJECTED.acceptedSequence()).isEmpty();
        assertThat(REJECTED.rejected()).isEqualTo(Option.some(new StageFull(6)));
        assertThat(REJECTED.failed()).isEmpty();
        assertThat(REJECTED.code()).isEqualTo("stage_full");
    }

    @Test
    void aFailedOutcomeHasItsFailureAndNothingElse() {
        assertThat(FAILED.isAccepted()).isFalse();
        assertThat(FAILED.accepted()).isEmpty();
        assertThat(FAILED.acceptedSequence()).isEmpty();
        assertThat(FAILED.rejected()).isEmpty();
        assertThat(FAILED.failed()).isEqualTo(Option.some(new Failure.ConflictRetriesExhausted(RoomId.of("ama"), 3)));
        assertThat(FAILED.code()).isEqualTo("conflict_retries_exhausted");
    }
}
