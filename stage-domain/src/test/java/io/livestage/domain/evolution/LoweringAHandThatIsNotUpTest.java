package io.livestage.domain.evolution;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Room;
import io.livestage.domain.testing.Given;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * A lowering applies only to a hand that is up (semantics §6: "if user is present with a hand"). A history that lowers
 * a hand that is down changes nothing but the sequence; in particular it starts no raise cooldown.
 */
class LoweringAHandThatIsNotUpTest {

    /** Alice and Bob listen; Bob's hand is up, Alice's is not. */
    private static final Given LIVE = Given.stageRoom().joined(HANA, ALICE, BOB).raisedHands(BOB);

    private static Option<Room> evolve(Change change) {
        Room room = LIVE.room();
        StageEvent event = new StageEvent(
                ROOM,
                Option.some(CALL),
                room.sequence() + 1,
                LIVE.now(),
                Actor.user(HANA),
                CommandId.of("lower"),
                change,
                Recipients.moderatorsAnd(ALICE));
        return StageDecider.evolve(LIVE.state(), event);
    }

    @Test
    void theCallIsUnchanged() {
        assertThat(evolve(new HandLowered(ALICE, HandLoweredReason.DISMISSED))
                        .get()
                        .call())
                .isEqualTo(LIVE.room().call());
        assertThat(evolve(new AllHandsLowered(Vector.of(ALICE))).get().call())
                .isEqualTo(LIVE.room().call());
    }

    @Test
    void theOwnerMayRaiseAHandAtOnceAfterwards() {
        Option<Room> after = evolve(new HandLowered(ALICE, HandLoweredReason.DISMISSED));
        Command raise = new Command(CommandId.of("raise"), LIVE.now(), Actor.user(ALICE), new RaiseHand(CALL));

        assertThat(StageDecider.decide(raise, after).get().map(StageEvent::change))
                .containsExactly(new HandRaised(ALICE, 2));
    }
}
