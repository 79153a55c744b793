package io.livestage.domain.view;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * The hand queue is the business of the moderators present, as the hand events are (docs/semantics.md 9.3): a host or
 * co-host who is away keeps authority over the room but sees no queue; each hand's owner sees only their own place.
 */
class OnlyModeratorsSeeTheHandQueueTest {

    /** Host, co-host Carl, Dave on stage; Bob, Alice and Erin raised their hands in that order. */
    private static final Given HANDS_UP = Given.stageRoom()
            .joined(HANA, CARL, DAVE, ALICE, BOB, ERIN)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, DAVE))
            .raisedHands(BOB, ALICE, ERIN);

    private static StageView view(Given given, UserId viewer) {
        return StageView.of(given.room(), viewer);
    }

    @Test
    void theHostAndCoHostsSeeTheQueueInRaiseOrder() {
        assertThat(view(HANDS_UP, HANA).handQueue()).containsExactly(BOB, ALICE, ERIN);
        assertThat(view(HANDS_UP, CARL).handQueue()).containsExactly(BOB, ALICE, ERIN);
    }

    @Test
    void speakersTheAudienceAndOutsidersSeeNoQueue() {
        for (UserId viewer : new UserId[] {DAVE, ALICE, BOB, OUTSIDER}) {
            assertThat(view(HANDS_UP, viewer).handQueue())
                    .as("queue seen by %s", viewer)
                    .isEmpty();
        }
    }

    @Test
    void eachOwnerSeesTheirOwnPlaceCountingFromOne() {
        assertThat(view(HANDS_UP, BOB).myHand()).isEqualTo(Option.some(1));
        assertThat(view(HANDS_UP, ALICE).myHand()).isEqualTo(Option.some(2));
        assertThat(view(HANDS_UP, ERIN).myHand()).isEqualTo(Option.some(3));
    }

    @Test
    void whoeverHasNoHandUpHasNoPlace() {
        for (UserId viewer : new UserId[] {HANA, CARL, DAVE, OUTSIDER}) {
            assertThat(view(HANDS_UP, viewer).myHand()).as("hand of %s", viewer).isEmpty();
        }
    }

    @Test
    void placesCloseUpWhenAHandGoesDown() {
        Given bobWithdrew = HANDS_UP.step(BOB, new LowerHand(CALL, BOB));

        assertThat(view(bobWithdrew, BOB).myHand()).isEmpty();
        assertThat(view(bobWithdrew, ALICE).myHand()).isEqualTo(Option.some(1));
        assertThat(view(bobWithdrew, ERIN).myHand()).isEqualTo(Option.some(2));
        assertThat(view(bobWithdrew, HANA).handQueue()).containsExactly(ALICE, ERIN);
    }

    @Test
    void aCoHostAwayFromTheCallDoesNotSeeTheQueue() {
        Given carlAway = HANDS_UP.step(CARL, new Leave(CALL));

        assertThat(view(carlAway, CARL).handQueue()).isEmpty();
        assertThat(view(carlAway, HANA).handQueue()).containsExactly(BOB, ALICE, ERIN);
    }

    @Test
    void aHostAwayFromTheCallKeepsAuthorityButDoesNotSeeTheQueue() {
        Given hanaAway = HANDS_UP.step(HANA, new Leave(CALL));

        assertThat(hanaAway.room().authorityOf(HANA)).isEqualTo(Standing.HOST);
        assertThat(view(hanaAway, HANA).standing()).isEqualTo(Standing.ABSENT);
        assertThat(view(hanaAway, HANA).handQueue()).isEmpty();
        assertThat(view(hanaAway, CARL).handQueue()).containsExactly(BOB, ALICE, ERIN);
    }

    @Test
    void aHostWhoReturnsSeesTheQueueAgain() {
        Given hanaBack = HANDS_UP.step(HANA, new Leave(CALL)).step(HANA, new JoinRoom(ROOM));

        assertThat(view(hanaBack, HANA).handQueue()).containsExactly(BOB, ALICE, ERIN);
    }
}
