package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.COCO;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RevokeCoHost;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** Appointing and revoking co-hosts, handing over the room and closing it are the host's alone. */
class OnlyTheHostHoldsTheRoomsPowersTest {

    /** Hana hosts; Carl and Coco co-host (of up to three); Alice speaks; Bob and Dave listen. */
    private static Given room() {
        return Given.room(Given.stagePolicy().maxCoHosts(3).build())
                .joined(HANA, CARL, COCO, ALICE, BOB, DAVE)
                .coHosts(CARL, COCO)
                .step(HANA, new PromoteToSpeaker(CALL, ALICE));
    }

    private static final List<Intent> HOST_ONLY = List.of(
            new AssignCoHost(ROOM, DAVE),
            new RevokeCoHost(ROOM, COCO),
            new TransferHost(ROOM, BOB),
            new CloseRoom(ROOM));

    private static void refusedFor(Given given, UserId actor, Standing standing) {
        for (Intent intent : HOST_ONLY) {
            NotAuthorized rejection = given.when(actor, intent).thenRejection(NotAuthorized.class);
            assertThat(rejection.standing()).as("%s by %s", intent, actor).isEqualTo(standing);
            assertThat(rejection.action()).isEqualTo(intent.action());
        }
    }

    @Test
    void aCoHostMayNotManageTheRoom() {
        refusedFor(room(), CARL, Standing.CO_HOST);
    }

    @Test
    void aCoHostAwayFromTheCallIsStillJudgedAsCoHost() {
        refusedFor(room().step(CARL, new Leave(CALL)), CARL, Standing.CO_HOST);
    }

    @Test
    void aSpeakerMayNotManageTheRoom() {
        refusedFor(room(), ALICE, Standing.SPEAKER);
    }

    @Test
    void anAudienceMemberMayNotManageTheRoom() {
        refusedFor(room(), BOB, Standing.AUDIENCE);
    }

    @Test
    void someoneWithoutAnyPlaceInTheRoomMayNotManageIt() {
        refusedFor(room(), OUTSIDER, Standing.ABSENT);
    }

    @Test
    void theHostMayDoEachOfThemEvenAwayFromTheCall() {
        Given hostAway = room().step(HANA, new Leave(CALL));

        for (Intent intent : HOST_ONLY) {
            assertThat(hostAway.when(HANA, intent).events()).as("%s", intent).isNotEmpty();
        }
    }
}
