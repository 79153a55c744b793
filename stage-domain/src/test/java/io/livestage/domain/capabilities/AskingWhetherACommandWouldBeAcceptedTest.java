package io.livestage.domain.capabilities;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.Capabilities;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.role.Actor;
import io.livestage.domain.testing.Given;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code Capabilities.may} answers exactly what deciding the command would: none if accepted, else its rejection. */
class AskingWhetherACommandWouldBeAcceptedTest {

    private static final Given LIVE = Given.stageRoom().joined(HANA, ALICE, BOB);

    private static Option<Rejection> may(Given given, UserId user, Intent intent) {
        return Capabilities.may(given.state(), Actor.user(user), intent, given.now())
                .rejection();
    }

    private static Option<Rejection> decided(Given given, UserId user, Intent intent) {
        return given.when(user, intent).outcome().swap().toOption();
    }

    @Test
    void anAllowedCommandAnswersNoneAndIsAccepted() {
        assertThat(may(LIVE, ALICE, new RaiseHand(CALL))).isEmpty();
        assertThat(LIVE.when(ALICE, new RaiseHand(CALL)).outcome().isRight()).isTrue();
    }

    @Test
    void aRefusedCommandAnswersTheRejectionDecidingItGives() {
        Option<Rejection> answer = may(LIVE, ALICE, new PromoteToSpeaker(CALL, BOB));

        assertThat(answer).isEqualTo(decided(LIVE, ALICE, new PromoteToSpeaker(CALL, BOB)));
        assertThat(answer.get()).isInstanceOf(NotAuthorized.class);
        assertThat(answer.get().code()).isEqualTo("not_authorized");
    }

    @Test
    void aCommandWhoseGoalAlreadyHoldsIsAllowed() {
        Given handUp = LIVE.raisedHands(ALICE);

        assertThat(may(handUp, ALICE, new RaiseHand(CALL))).isEmpty();
        handUp.when(ALICE, new RaiseHand(CALL)).thenNothing();
    }

    @Test
    void theAnswerIsForTheMomentAsked() {
        Given lowered = LIVE.raisedHands(ALICE).step(ALICE, new LowerHand(CALL, ALICE));

        Given tooSoon = lowered.after(Duration.ofSeconds(4));
        Option<Rejection> early = may(tooSoon, ALICE, new RaiseHand(CALL));
        assertThat(early).isEqualTo(decided(tooSoon, ALICE, new RaiseHand(CALL)));
        assertThat(early.get()).isInstanceOf(RateLimited.class);

        assertThat(may(lowered.after(Duration.ofSeconds(5)), ALICE, new RaiseHand(CALL)))
                .isEmpty();
    }

    @Test
    void aRoomThatDoesNotExistAllowsOnlyItsCreation() {
        Given nothing = Given.nothing();

        assertThat(may(nothing, HANA, new JoinRoom(ROOM))).isEqualTo(Option.some(new RoomNotFound(ROOM)));
        assertThat(may(nothing, HANA, new CreateRoom(ROOM, "AMA", StagePolicy.defaults())))
                .isEmpty();
    }
}
