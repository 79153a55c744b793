package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import io.livestage.domain.view.StageView.SpeakerView;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Who is on stage, who holds authority and how many listen is public: every viewer, present or not, sees the same. */
class EveryoneSeesWhoIsOnStageTest {

    /** Hana hosts; Coco, then Carl, appointed co-hosts; Erin, then Dave, promoted; Alice and Bob listen. */
    private static final Given LIVE = Given.stageRoom()
            .joined(HANA, CARL, COCO, ALICE, BOB, DAVE, ERIN)
            .coHosts(COCO, CARL)
            .step(HANA, new PromoteToSpeaker(CALL, ERIN))
            .step(HANA, new PromoteToSpeaker(CALL, DAVE));

    private static final UserId[] VIEWERS = {HANA, COCO, DAVE, ALICE, OUTSIDER};

    private static StageView view(Given given, UserId viewer) {
        return StageView.of(given.room(), viewer);
    }

    @Test
    void theStageListsTheHostThenTheCoHostsInAppointmentOrderThenTheMembersByUserId() {
        for (UserId viewer : VIEWERS) {
            assertThat(view(LIVE, viewer).speakers())
                    .as("speakers seen by %s", viewer)
                    .containsExactly(
                            new SpeakerView(HANA, Standing.HOST),
                            new SpeakerView(COCO, Standing.CO_HOST),
                            new SpeakerView(CARL, Standing.CO_HOST),
                            new SpeakerView(DAVE, Standing.SPEAKER),
                            new SpeakerView(ERIN, Standing.SPEAKER));
        }
    }

    @Test
    void everyoneSeesTheRoomItsAuthorityAndTheAudienceCount() {
        for (UserId viewer : VIEWERS) {
            StageView view = view(LIVE, viewer);

            assertThat(view.room()).isEqualTo(ROOM);
            assertThat(view.name()).isEqualTo("AMA");
            assertThat(view.policy()).isEqualTo(LIVE.room().policy());
            assertThat(view.closed()).isFalse();
            assertThat(view.call()).isEqualTo(Option.some(CALL));
            assertThat(view.host()).isEqualTo(HANA);
            assertThat(view.coHosts()).containsExactly(COCO, CARL);
            assertThat(view.audienceCount()).as("audience seen by %s", viewer).isEqualTo(2);
            assertThat(view.hostAbsentUntil()).isEmpty();
            assertThat(view.viewer()).isEqualTo(viewer);
        }
    }

    @Test
    void theViewReflectsEveryEventSoFar() {
        long last = LIVE.history().last().sequence();

        for (UserId viewer : VIEWERS) {
            assertThat(view(LIVE, viewer).atSequence()).isEqualTo(last);
        }
        Given later = LIVE.step(BOB, new Leave(CALL));
        assertThat(view(later, ALICE).atSequence())
                .isEqualTo(later.history().last().sequence());
        assertThat(view(later, ALICE).atSequence()).isGreaterThan(last);
    }

    @Test
    void eachViewerSeesWhereTheyStand() {
        assertThat(view(LIVE, HANA).standing()).isEqualTo(Standing.HOST);
        assertThat(view(LIVE, COCO).standing()).isEqualTo(Standing.CO_HOST);
        assertThat(view(LIVE, DAVE).standing()).isEqualTo(Standing.SPEAKER);
        assertThat(view(LIVE, ALICE).standing()).isEqualTo(Standing.AUDIENCE);
        assertThat(view(LIVE, OUTSIDER).standing()).isEqualTo(Standing.ABSENT);
    }

    @Test
    void aModeratorAwayFromTheCallLeavesTheStageButKeepsTheirAuthority() {
        Given awayFromCall = LIVE.step(COCO, new Leave(CALL)).step(HANA, new Leave(CALL));

        StageView view = view(awayFromCall, ALICE);

        assertThat(view.speakers().map(SpeakerView::user)).containsExactly(CARL, DAVE, ERIN);
        assertThat(view.host()).isEqualTo(HANA);
        assertThat(view.coHosts()).containsExactly(COCO, CARL);
        assertThat(view(awayFromCall, COCO).standing()).isEqualTo(Standing.ABSENT);
    }

    @Test
    void membersOnStageAreInUserIdOrderWhateverTheOrderOfPromotion() {
        Given promoted = Given.stageRoom()
                .joined(HANA, ERIN, DAVE, CARL, BOB, ALICE, COCO)
                .step(HANA, new PromoteToSpeaker(CALL, ERIN))
                .step(HANA, new PromoteToSpeaker(CALL, COCO))
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .step(HANA, new PromoteToSpeaker(CALL, DAVE))
                .step(HANA, new PromoteToSpeaker(CALL, BOB))
                .step(HANA, new PromoteToSpeaker(CALL, CARL));

        assertThat(view(promoted, OUTSIDER).speakers().map(SpeakerView::user))
                .containsExactly(HANA, ALICE, BOB, CARL, COCO, DAVE, ERIN);
    }

    @Test
    void theAudienceCountIsEveryonePresentWhoIsNotOnStage() {
        Given listeners = Given.stageRoom().joined(HANA, ALICE, BOB, DAVE);
        assertThat(view(listeners, OUTSIDER).audienceCount()).isEqualTo(3);

        Given onePromoted = listeners.step(HANA, new PromoteToSpeaker(CALL, BOB));
        assertThat(view(onePromoted, OUTSIDER).audienceCount()).isEqualTo(2);

        Given oneLeft = onePromoted.step(DAVE, new Leave(CALL));
        assertThat(view(oneLeft, OUTSIDER).audienceCount()).isEqualTo(1);
        assertThat(view(oneLeft, OUTSIDER).speakers().map(SpeakerView::user)).containsExactly(HANA, BOB);
    }
}
