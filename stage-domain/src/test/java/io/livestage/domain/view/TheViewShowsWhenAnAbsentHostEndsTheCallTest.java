package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With requireHost, everyone sees until when the call waits for a host or co-host to return. */
class TheViewShowsWhenAnAbsentHostEndsTheCallTest {

    /** The host leaves ten seconds in; the grace period is a minute. */
    private static final Given HOST_AWAY = Given.room(Given.stagePolicy()
                    .requireHost(true)
                    .hostAbsenceGrace(Duration.ofSeconds(60))
                    .build())
            .joined(HANA, ALICE, BOB)
            .after(Duration.ofSeconds(10))
            .step(HANA, new Leave(CALL));

    @Test
    void whileTheHostIsAwayEveryoneSeesTheDeadline() {
        assertThat(StageView.of(HOST_AWAY.room(), ALICE).hostAbsentUntil())
                .isEqualTo(Option.some(Given.T0.plusSeconds(70)));
        assertThat(StageView.of(HOST_AWAY.room(), HANA).hostAbsentUntil())
                .isEqualTo(Option.some(Given.T0.plusSeconds(70)));
    }

    @Test
    void theDeadlineIsGoneOnceTheHostReturns() {
        Given returned = HOST_AWAY.after(Duration.ofSeconds(20)).step(HANA, new JoinRoom(ROOM));

        assertThat(StageView.of(returned.room(), ALICE).hostAbsentUntil()).isEmpty();
    }

    @Test
    void aRoomThatDoesNotRequireAHostHasNoDeadline() {
        Given away = Given.stageRoom().joined(HANA, ALICE).step(HANA, new Leave(CALL));

        assertThat(StageView.of(away.room(), ALICE).hostAbsentUntil()).isEmpty();
    }
}
