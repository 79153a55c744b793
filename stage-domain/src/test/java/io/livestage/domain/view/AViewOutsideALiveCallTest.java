package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Without a live call there is no stage, no queue and no question to show; the room and its authority remain. */
class AViewOutsideALiveCallTest {

    private static void assertNothingLive(StageView view) {
        assertThat(view.call()).isEmpty();
        assertThat(view.standing()).isEqualTo(Standing.ABSENT);
        assertThat(view.speakers()).isEmpty();
        assertThat(view.audienceCount()).isZero();
        assertThat(view.hostAbsentUntil()).isEmpty();
        assertThat(view.handQueue()).isEmpty();
        assertThat(view.myHand()).isEmpty();
        assertThat(view.myInvitation()).isEmpty();
        assertThat(view.openQuestions()).isEmpty();
        assertThat(view.myQuestions()).isEmpty();
    }

    @Test
    void aRoomNobodyJoinedShowsOnlyTheRoomAndItsHost() {
        Given created = Given.stageRoom();

        StageView view = StageView.of(created.room(), HANA);

        assertNothingLive(view);
        assertThat(view.room()).isEqualTo(ROOM);
        assertThat(view.host()).isEqualTo(HANA);
        assertThat(view.closed()).isFalse();
        assertThat(view.atSequence()).isEqualTo(1);
    }

    @Test
    void afterTheCallEndedItsHandsAndQuestionsAreGoneButTheCoHostsRemain() {
        Given ended = Given.stageRoom()
                .joined(HANA, CARL, ALICE)
                .coHosts(CARL)
                .raisedHands(ALICE)
                .step(ALICE, new SubmitStageQuestion(CALL, "Still there?", false))
                .step(HANA, new EndCall(CALL));

        assertNothingLive(StageView.of(ended.room(), ALICE));
        assertNothingLive(StageView.of(ended.room(), HANA));
        assertThat(StageView.of(ended.room(), ALICE).coHosts()).containsExactly(CARL);
        assertThat(StageView.of(ended.room(), ALICE).atSequence())
                .isEqualTo(ended.history().last().sequence());
    }

    @Test
    void aClosedRoomSaysSo() {
        Given closed = Given.stageRoom().joined(HANA, ALICE).step(HANA, new CloseRoom(ROOM));

        StageView view = StageView.of(closed.room(), ALICE);

        assertThat(view.closed()).isTrue();
        assertNothingLive(view);
        assertThat(view.atSequence()).isEqualTo(closed.history().last().sequence());
    }
}
