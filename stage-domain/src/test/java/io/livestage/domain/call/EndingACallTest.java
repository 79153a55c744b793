package io.livestage.domain.call;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.Leave;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.StaleCall;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class EndingACallTest {

    private static final CallEnded ENDED = new CallEnded(CallEndReason.ENDED_BY_HOST);

    private static Given live() {
        return Given.stageRoom().joined(HANA, CARL, ALICE, BOB).coHosts(CARL);
    }

    @Test
    void theHostEndsTheCallForEveryone() {
        var ended = live().when(HANA, new EndCall(CALL))
                .thenEvents(ENDED)
                .thenReceives(HANA, ENDED)
                .thenReceives(CARL, ENDED)
                .thenReceives(ALICE, ENDED)
                .thenReceives(BOB, ENDED);

        assertThat(ended.room().call()).isEmpty();
        assertThat(ended.room().closed()).isFalse();
        assertThat(ended.events().map(StageEvent::call)).containsExactly(Option.some(CALL));
    }

    @Test
    void aCoHostMayEndTheCall() {
        live().when(CARL, new EndCall(CALL)).thenEvents(ENDED).thenReceives(ALICE, ENDED);
    }

    @Test
    void theHostMustBeInTheCallToEndIt() {
        live().step(HANA, new Leave(CALL)).when(HANA, new EndCall(CALL)).thenRejected(new NotInCall(HANA));
    }

    @Test
    void aCallThatEndedCannotBeEndedAgain() {
        live().step(HANA, new EndCall(CALL))
                .when(HANA, new EndCall(CALL))
                .thenRejected(new StaleCall(CALL, Option.none()));
    }

    @Test
    void theSchedulerCannotEndACallOnItsOwn() {
        NotAuthorized rejection =
                live().when(Actor.SCHEDULER, new EndCall(CALL)).thenRejection(NotAuthorized.class);

        assertThat(rejection.action()).isEqualTo(Action.END_CALL);
    }
}
