package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.Unban;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Removing a participant, ending the call and unbanning belong to the host and co-hosts. */
class OnlyModeratorsRemoveEndOrUnbanTest {

    /** Hana hosts, Carl co-hosts, Alice speaks, Bob listens; Dave was banned. */
    private static Given room() {
        return Given.stageRoom()
                .joined(HANA, CARL, ALICE, BOB, DAVE)
                .coHosts(CARL)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .step(HANA, new RemoveParticipant(CALL, DAVE, true));
    }

    private static void refusedFor(UserId actor, UserId target, Standing standing) {
        Given room = room();
        assertThat(room.when(actor, new RemoveParticipant(CALL, target, false))
                        .thenRejection(NotAuthorized.class)
                        .standing())
                .isEqualTo(standing);
        assertThat(room.when(actor, new EndCall(CALL))
                        .thenRejection(NotAuthorized.class)
                        .standing())
                .isEqualTo(standing);
        assertThat(room.when(actor, new Unban(ROOM, DAVE))
                        .thenRejection(NotAuthorized.class)
                        .standing())
                .isEqualTo(standing);
    }

    @Test
    void aSpeakerMayNotRemoveEndOrUnban() {
        refusedFor(ALICE, BOB, Standing.SPEAKER);
    }

    @Test
    void anAudienceMemberMayNotRemoveEndOrUnban() {
        refusedFor(BOB, ALICE, Standing.AUDIENCE);
    }

    @Test
    void someoneOutsideTheCallMayNotRemoveOrEndItAndHasNoAuthorityToUnban() {
        room().when(OUTSIDER, new RemoveParticipant(CALL, BOB, false)).thenRejected(new NotInCall(OUTSIDER));
        room().when(OUTSIDER, new EndCall(CALL)).thenRejected(new NotInCall(OUTSIDER));
        assertThat(room().when(OUTSIDER, new Unban(ROOM, DAVE))
                        .thenRejection(NotAuthorized.class)
                        .standing())
                .isEqualTo(Standing.ABSENT);
    }

    @Test
    void theHostAndACoHostMayEachRemoveEndAndUnban() {
        for (UserId moderator : new UserId[] {HANA, CARL}) {
            assertThat(room().when(moderator, new RemoveParticipant(CALL, BOB, false))
                            .events())
                    .isNotEmpty();
            assertThat(room().when(moderator, new EndCall(CALL)).events()).isNotEmpty();
            assertThat(room().when(moderator, new Unban(ROOM, DAVE)).events()).isNotEmpty();
        }
    }
}
