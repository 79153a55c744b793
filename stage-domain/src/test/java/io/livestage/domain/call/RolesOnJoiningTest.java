package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** Hosts and co-hosts join as speakers; everyone else as audience in stage mode and as a speaker in a plain call. */
class RolesOnJoiningTest {

    @Test
    void inStageModeTheHostJoinsAsASpeaker() {
        Given.stageRoom()
                .joined(ALICE)
                .when(HANA, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(HANA, Role.SPEAKER));
    }

    @Test
    void inStageModeACoHostJoinsAsASpeaker() {
        var joined = Given.stageRoom()
                .coHosts(CARL)
                .joined(HANA)
                .when(CARL, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(CARL, Role.SPEAKER));

        assertThat(joined.room().standingOf(CARL)).isEqualTo(Standing.CO_HOST);
    }

    @Test
    void inStageModeAMemberJoinsTheAudience() {
        var joined = Given.stageRoom()
                .joined(HANA)
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.AUDIENCE));

        assertThat(joined.room().standingOf(ALICE)).isEqualTo(Standing.AUDIENCE);
    }

    @Test
    void inAPlainCallAMemberJoinsAsASpeaker() {
        var joined = Given.room(StagePolicy.defaults())
                .joined(HANA)
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.SPEAKER));

        assertThat(joined.room().standingOf(ALICE)).isEqualTo(Standing.SPEAKER);
    }

    @Test
    void inAPlainCallTheStageLimitDoesNotKeepMembersFromSpeaking() {
        Given.room(StagePolicy.builder().maxSpeakers(0).build())
                .joined(HANA)
                .when(ALICE, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(ALICE, Role.SPEAKER));
    }

    @Test
    void inAPlainCallTheHostJoinsAsASpeaker() {
        Given.room(StagePolicy.defaults())
                .joined(ALICE)
                .when(HANA, new JoinRoom(ROOM))
                .thenEvents(new ParticipantJoined(HANA, Role.SPEAKER));
    }
}
