package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.testing.Given;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

class LoweringAllHandsTest {

    /** Bob raised first, then Erin, then Alice; Dave (audience) has no hand up. */
    private static final Given RAISED = Given.stageRoom()
            .joined(HANA, CARL, ALICE, BOB, DAVE, ERIN)
            .coHosts(CARL)
            .raisedHands(BOB, ERIN, ALICE);

    private static final AllHandsLowered ALL = new AllHandsLowered(Vector.of(BOB, ERIN, ALICE));

    @Test
    void oneEventNamesEveryOwnerInQueueOrder() {
        var when = RAISED.when(HANA, new LowerAllHands(CALL)).thenEvents(ALL);

        assertThat(when.room().call().get().hands().size()).isZero();
    }

    @Test
    void aCoHostMayLowerAllHands() {
        RAISED.when(CARL, new LowerAllHands(CALL)).thenEvents(ALL);
    }

    @Test
    void theHostAndCoHostsSeeEveryName() {
        RAISED.when(HANA, new LowerAllHands(CALL)).thenReceives(HANA, ALL).thenReceives(CARL, ALL);
    }

    @Test
    void eachOwnerSeesOnlyTheirOwnName() {
        RAISED.when(HANA, new LowerAllHands(CALL))
                .thenReceives(BOB, new AllHandsLowered(Vector.of(BOB)))
                .thenReceives(ERIN, new AllHandsLowered(Vector.of(ERIN)))
                .thenReceives(ALICE, new AllHandsLowered(Vector.of(ALICE)));
    }

    @Test
    void audienceMembersWithoutAHandUpAreNotTold() {
        RAISED.when(HANA, new LowerAllHands(CALL))
                .thenReceivesNothing(DAVE)
                .thenReachesExactly(HANA, CARL, BOB, ERIN, ALICE);
    }

    @Test
    void withNoHandUpNothingHappens() {
        Given.stageRoom()
                .joined(HANA, ALICE)
                .when(HANA, new LowerAllHands(CALL))
                .thenNothing();
    }
}
