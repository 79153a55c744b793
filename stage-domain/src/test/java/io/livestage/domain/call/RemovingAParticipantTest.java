package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.rejection.TargetIsHost;
import io.livestage.domain.rejection.TargetNotInCall;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class RemovingAParticipantTest {

    private static final ParticipantRemoved ALICE_REMOVED = new ParticipantRemoved(ALICE, false);

    /** Hana hosts, Carl co-hosts, Alice and Bob listen. */
    private static Given live() {
        return Given.stageRoom().joined(HANA, CARL, ALICE, BOB).coHosts(CARL);
    }

    @Test
    void theRemovalReachesEveryoneAndTheRemovedUser() {
        var removed = live().when(HANA, new RemoveParticipant(CALL, ALICE, false))
                .thenEvents(ALICE_REMOVED)
                .thenReceives(ALICE, ALICE_REMOVED)
                .thenReceives(HANA, ALICE_REMOVED)
                .thenReceives(CARL, ALICE_REMOVED)
                .thenReceives(BOB, ALICE_REMOVED);

        assertThat(removed.room().isPresent(ALICE)).isFalse();
        assertThat(removed.room().isBanned(ALICE)).isFalse();
    }

    @Test
    void aRaisedHandGoesDownWithTheRemovedUser() {
        HandLowered handDown = new HandLowered(ALICE, HandLoweredReason.REMOVED);

        live().step(ALICE, new RaiseHand(CALL))
                .when(CARL, new RemoveParticipant(CALL, ALICE, false))
                .thenEvents(handDown, ALICE_REMOVED)
                .thenReceives(ALICE, handDown, ALICE_REMOVED)
                .thenReceives(CARL, handDown, ALICE_REMOVED)
                .thenReceives(BOB, ALICE_REMOVED);
    }

    @Test
    void aCoHostMayRemoveASpeaker() {
        live().step(HANA, new PromoteToSpeaker(CALL, ALICE))
                .when(CARL, new RemoveParticipant(CALL, ALICE, false))
                .thenEvents(ALICE_REMOVED);
    }

    @Test
    void theTargetMustBeInTheCall() {
        live().when(HANA, new RemoveParticipant(CALL, OUTSIDER, true)).thenRejected(new TargetNotInCall(OUTSIDER));
    }

    @Test
    void nobodyRemovesThemselfTheyLeaveInstead() {
        live().when(HANA, new RemoveParticipant(CALL, HANA, false)).thenRejected(NotAuthorized.class);
        live().when(CARL, new RemoveParticipant(CALL, CARL, false)).thenRejected(NotAuthorized.class);
        live().when(ALICE, new RemoveParticipant(CALL, ALICE, false)).thenRejected(NotAuthorized.class);
    }

    @Test
    void theHostCannotBeRemoved() {
        live().when(CARL, new RemoveParticipant(CALL, HANA, true)).thenRejected(new TargetIsHost(HANA));
    }

    @Test
    void aModeratorMustBeInTheCallToRemoveSomeone() {
        live().step(CARL, new Leave(CALL))
                .when(CARL, new RemoveParticipant(CALL, ALICE, false))
                .thenRejected(new NotInCall(CARL));
    }

    @Test
    void removingFromACallThatEndedIsRefusedAsStale() {
        live().step(HANA, new EndCall(CALL))
                .when(HANA, new RemoveParticipant(CALL, ALICE, false))
                .thenRejected(new StaleCall(CALL, Option.none()));
    }
}
