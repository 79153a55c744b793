package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.rejection.Banned;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Only the host removes a co-host, and the removal revokes the role in the same step. */
class RemovingACoHostTest {

    private static final CoHostRevoked CARL_REVOKED = new CoHostRevoked(CARL);
    private static final ParticipantRemoved CARL_REMOVED = new ParticipantRemoved(CARL, false);

    private static Given coHosted() {
        return Given.stageRoom().joined(HANA, CARL, COCO, ALICE).coHosts(CARL, COCO);
    }

    @Test
    void theHostRemovingACoHostRevokesTheRoleInTheSameStep() {
        var removed = coHosted()
                .when(HANA, new RemoveParticipant(CALL, CARL, false))
                .thenEvents(CARL_REVOKED, CARL_REMOVED)
                .thenReceives(CARL, CARL_REVOKED, CARL_REMOVED)
                .thenReceives(ALICE, CARL_REVOKED, CARL_REMOVED);

        assertThat(removed.room().authority().coHosts()).containsExactly(COCO);
    }

    @Test
    void aRemovedCoHostRejoinsAsAudience() {
        coHosted()
                .step(HANA, new RemoveParticipant(CALL, CARL, false))
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(CARL, Role.AUDIENCE));
    }

    @Test
    void aCoHostRemovedWithABanCannotRejoin() {
        coHosted()
                .step(HANA, new RemoveParticipant(CALL, CARL, true))
                .when(CARL, new JoinRoom(ROOM))
                .thenRejected(new Banned(CARL));
    }

    @Test
    void aCoHostCannotRemoveAnotherCoHost() {
        NotAuthorized rejection =
                coHosted().when(COCO, new RemoveParticipant(CALL, CARL, false)).thenRejection(NotAuthorized.class);

        assertThat(rejection.standing()).isEqualTo(Standing.CO_HOST);
    }
}
