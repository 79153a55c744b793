package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Only the host demotes a co-host, and demoting a co-host also takes the co-host role away. */
class DemotingACoHostTest {

    private static final Given CO_HOSTS =
            Given.stageRoom().joined(HANA, CARL, COCO, ALICE).coHosts(CARL, COCO);

    private static final CoHostRevoked REVOKED = new CoHostRevoked(CARL);
    private static final RoleChanged DEMOTED = new RoleChanged(CARL, Role.AUDIENCE, RoleChangeReason.DEMOTED);

    @Test
    void theHostRevokesTheCoHostThenMovesThemToTheAudience() {
        var when = CO_HOSTS.when(HANA, new DemoteToAudience(CALL, CARL)).thenEvents(REVOKED, DEMOTED);

        assertThat(when.room().standingOf(CARL)).isEqualTo(Standing.AUDIENCE);
        assertThat(when.room().authority().coHosts()).containsExactly(COCO);
    }

    @Test
    void everyoneInTheCallSeesBothChanges() {
        CO_HOSTS.when(HANA, new DemoteToAudience(CALL, CARL))
                .thenReceives(ALICE, REVOKED, DEMOTED)
                .thenReceives(CARL, REVOKED, DEMOTED)
                .thenReachesExactly(HANA, CARL, COCO, ALICE);
    }

    @Test
    void aCoHostCannotDemoteAnotherCoHost() {
        NotAuthorized refused =
                CO_HOSTS.when(COCO, new DemoteToAudience(CALL, CARL)).thenRejection(NotAuthorized.class);

        assertThat(refused.standing()).isEqualTo(Standing.CO_HOST);
    }
}
