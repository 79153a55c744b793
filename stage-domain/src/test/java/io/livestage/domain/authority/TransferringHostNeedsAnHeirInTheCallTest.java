package io.livestage.domain.authority;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;

import io.livestage.domain.command.Leave;
import io.livestage.domain.command.TransferHost;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class TransferringHostNeedsAnHeirInTheCallTest {

    private static Given live() {
        return Given.stageRoom().joined(HANA, CARL, ALICE).coHosts(CARL);
    }

    @Test
    void theRoomCannotBeHandedToSomeoneOutsideTheCall() {
        live().when(HANA, new TransferHost(ROOM, OUTSIDER)).thenRejected(new TargetNotInCall(OUTSIDER));
    }

    @Test
    void theRoomCannotBeHandedToACoHostAwayFromTheCall() {
        live().step(CARL, new Leave(CALL))
                .when(HANA, new TransferHost(ROOM, CARL))
                .thenRejected(new TargetNotInCall(CARL));
    }

    @Test
    void theHostCannotHandTheRoomToThemself() {
        live().when(HANA, new TransferHost(ROOM, HANA)).thenRejected(new TargetIsHost(HANA));
    }
}
