package io.livestage.domain.room;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Leave;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.Unban;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.rejection.NotBanned;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class UnbanningAUserTest {

    private static final UserUnbanned BOB_UNBANNED = new UserUnbanned(BOB);

    /** Hana hosts, Carl co-hosts, Alice listens; Bob was removed with a ban. */
    private static Given bobBanned() {
        return Given.stageRoom()
                .joined(HANA, CARL, ALICE, BOB)
                .coHosts(CARL)
                .step(HANA, new RemoveParticipant(CALL, BOB, true));
    }

    @Test
    void theHostUnbansAndOnlyTheHostAndCoHostsPresentHearOfIt() {
        var unbanned = bobBanned()
                .when(HANA, new Unban(ROOM, BOB))
                .thenEvents(BOB_UNBANNED)
                .thenReceives(HANA, BOB_UNBANNED)
                .thenReceives(CARL, BOB_UNBANNED)
                .thenReceivesNothing(ALICE)
                .thenReceivesNothing(BOB);

        assertThat(unbanned.room().isBanned(BOB)).isFalse();
    }

    @Test
    void aCoHostMayUnban() {
        bobBanned().when(CARL, new Unban(ROOM, BOB)).thenEvents(BOB_UNBANNED);
    }

    @Test
    void aCoHostMayUnbanFromOutsideTheCall() {
        bobBanned()
                .step(CARL, new Leave(CALL))
                .when(CARL, new Unban(ROOM, BOB))
                .thenEvents(BOB_UNBANNED)
                .thenReceives(HANA, BOB_UNBANNED)
                .thenReceivesNothing(CARL);
    }

    @Test
    void unbanningSomeoneWhoIsNotBannedIsRefused() {
        bobBanned().when(HANA, new Unban(ROOM, ALICE)).thenRejected(new NotBanned(ALICE));
    }

    @Test
    void unbanningTwiceIsRefusedTheSecondTime() {
        bobBanned()
                .step(HANA, new Unban(ROOM, BOB))
                .when(CARL, new Unban(ROOM, BOB))
                .thenRejected(new NotBanned(BOB));
    }
}
