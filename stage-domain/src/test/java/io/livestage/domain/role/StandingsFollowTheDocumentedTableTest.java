package io.livestage.domain.role;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.id.UserId;
import io.livestage.domain.state.Call;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Each standing has the role, moderation and stage presence of the table in semantics §2.3. */
class StandingsFollowTheDocumentedTableTest {

    @Test
    void hostCoHostAndMemberSpeakersSpeakTheAudienceListensAndTheAbsentHaveNoRole() {
        assertThat(Standing.HOST.role()).isEqualTo(Option.some(Role.SPEAKER));
        assertThat(Standing.CO_HOST.role()).isEqualTo(Option.some(Role.SPEAKER));
        assertThat(Standing.SPEAKER.role()).isEqualTo(Option.some(Role.SPEAKER));
        assertThat(Standing.AUDIENCE.role()).isEqualTo(Option.some(Role.AUDIENCE));
        assertThat(Standing.ABSENT.role()).isEmpty();
    }

    @Test
    void onlyTheHostAndCoHostsModerate() {
        assertThat(Standing.HOST.isModerator()).isTrue();
        assertThat(Standing.CO_HOST.isModerator()).isTrue();
        assertThat(Standing.SPEAKER.isModerator()).isFalse();
        assertThat(Standing.AUDIENCE.isModerator()).isFalse();
        assertThat(Standing.ABSENT.isModerator()).isFalse();
    }

    @Test
    void everyoneButTheAudienceAndTheAbsentIsOnStage() {
        assertThat(Standing.HOST.isOnStage()).isTrue();
        assertThat(Standing.CO_HOST.isOnStage()).isTrue();
        assertThat(Standing.SPEAKER.isOnStage()).isTrue();
        assertThat(Standing.AUDIENCE.isOnStage()).isFalse();
        assertThat(Standing.ABSENT.isOnStage()).isFalse();
    }

    @Test
    void aParticipantsRoleIsTheRoleOfTheirStanding() {
        Call call = Given.stageRoom()
                .joined(HANA, CARL, ALICE, BOB)
                .coHosts(CARL)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .room()
                .call()
                .get();

        for (UserId user : new UserId[] {HANA, CARL, ALICE}) {
            assertThat(call.participant(user).get().role())
                    .as("role of %s", user)
                    .isEqualTo(Role.SPEAKER);
        }
        assertThat(call.participant(BOB).get().role()).isEqualTo(Role.AUDIENCE);
    }
}
