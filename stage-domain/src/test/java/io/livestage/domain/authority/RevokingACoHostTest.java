package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.NotCoHost;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** A revoked co-host stays on stage as a member if a seat is free (always in a plain call), else joins the audience. */
class RevokingACoHostTest {

    private static final CoHostRevoked CARL_REVOKED = new CoHostRevoked(CARL);
    private static final RoleChanged CARL_TO_AUDIENCE =
            new RoleChanged(CARL, Role.AUDIENCE, RoleChangeReason.CO_HOST_REVOKED);

    private static Given carlCoHosting(StagePolicy policy) {
        return Given.room(policy).joined(HANA, CARL, ALICE).coHosts(CARL);
    }

    @Test
    void aRevokedCoHostStaysOnStageWhenAMemberSeatIsFree() {
        var revoked = carlCoHosting(Given.stagePolicy().build())
                .when(HANA, new RevokeCoHost(ROOM, CARL))
                .thenEvents(CARL_REVOKED)
                .thenReceives(CARL, CARL_REVOKED)
                .thenReceives(ALICE, CARL_REVOKED);

        assertThat(revoked.room().standingOf(CARL)).isEqualTo(Standing.SPEAKER);
        assertThat(revoked.room().authority().coHosts()).isEmpty();
    }

    @Test
    void aRevokedCoHostMovesToTheAudienceWhenTheStageIsFull() {
        var revoked = carlCoHosting(Given.stagePolicy().maxSpeakers(1).build())
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .when(HANA, new RevokeCoHost(ROOM, CARL))
                .thenEvents(CARL_REVOKED, CARL_TO_AUDIENCE)
                .thenReceives(ALICE, CARL_REVOKED, CARL_TO_AUDIENCE);

        assertThat(revoked.room().standingOf(CARL)).isEqualTo(Standing.AUDIENCE);
    }

    @Test
    void withNoMemberSeatsAtAllARevokedCoHostMovesToTheAudience() {
        carlCoHosting(Given.stagePolicy().maxSpeakers(0).build())
                .when(HANA, new RevokeCoHost(ROOM, CARL))
                .thenEvents(CARL_REVOKED, CARL_TO_AUDIENCE);
    }

    @Test
    void inAPlainCallARevokedCoHostAlwaysKeepsSpeaking() {
        var revoked = carlCoHosting(StagePolicy.builder().maxSpeakers(0).build())
                .when(HANA, new RevokeCoHost(ROOM, CARL))
                .thenEvents(CARL_REVOKED);

        assertThat(revoked.room().standingOf(CARL)).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void aCoHostRevokedWhileAwayRejoinsAsAudience() {
        carlCoHosting(Given.stagePolicy().build())
                .step(CARL, new Leave(CALL))
                .step(HANA, new RevokeCoHost(ROOM, CARL))
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(CARL, Role.AUDIENCE));
    }

    @Test
    void revokingSomeoneWhoIsNotACoHostIsRefused() {
        carlCoHosting(Given.stagePolicy().build())
                .when(HANA, new RevokeCoHost(ROOM, ALICE))
                .thenRejected(new NotCoHost(ALICE));
    }

    @Test
    void theHostCannotBeRevoked() {
        carlCoHosting(Given.stagePolicy().build())
                .when(HANA, new RevokeCoHost(ROOM, HANA))
                .thenRejected(new TargetIsHost(HANA));
    }
}
