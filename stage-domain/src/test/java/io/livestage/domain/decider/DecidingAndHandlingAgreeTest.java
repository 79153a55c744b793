package io.livestage.domain.decider;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.role.Actor;
import io.livestage.domain.state.Transition;
import io.livestage.domain.testing.Given;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code decide} is {@code handle} without the addressing: the same events or the same rejection. Replaying the stored
 * events of a transition addresses each one exactly as handling did, so a host that reloads a history delivers the
 * same copies to the same people.
 */
class DecidingAndHandlingAgreeTest {

    /** Hana invited Alice (a minute to accept); Bob listens. */
    private static final Given INVITED = Given.room(
                    Given.stagePolicy().promotion(PromotionMode.INVITE).build())
            .joined(HANA, ALICE, BOB)
            .step(HANA, new PromoteToSpeaker(CALL, ALICE));

    private static final Instant LATER = Given.T0.plus(Duration.ofMinutes(1));

    @Test
    void anAcceptedCommandDecidesTheEventsHandlingStamps() {
        Command leave = Command.by(BOB, new Leave(CALL), CommandId.of("bob-leaves"), LATER);

        Either<Rejection, Seq<StageEvent>> decided = StageDecider.decide(leave, INVITED.state());

        assertThat(decided)
                .isEqualTo(StageDecider.handle(leave, INVITED.state()).map(Transition::stageEvents));
        StageEvent left = decided.get().single();
        assertThat(left.change()).isEqualTo(new ParticipantLeft(BOB));
        assertThat(left.actor()).isEqualTo(Actor.user(BOB));
        assertThat(left.causedBy()).isEqualTo(CommandId.of("bob-leaves"));
        assertThat(left.at()).isEqualTo(LATER);
    }

    @Test
    void aScheduledCommandIsDecidedForTheScheduler() {
        Command expire = Command.scheduled(new ExpireInvitation(CALL, ALICE), CommandId.of("deadline-1"), LATER);

        StageEvent expired = StageDecider.decide(expire, INVITED.state()).get().single();

        assertThat(expired.change()).isEqualTo(new InvitationExpired(ALICE));
        assertThat(expired.actor()).isEqualTo(Actor.SCHEDULER);
    }

    @Test
    void aRefusedCommandDecidesTheRejectionHandlingGives() {
        Command promote = Command.by(BOB, new PromoteToSpeaker(CALL, ALICE), CommandId.of("bob-promotes"), LATER);

        Either<Rejection, Seq<StageEvent>> decided = StageDecider.decide(promote, INVITED.state());

        assertThat(decided.getLeft()).isInstanceOf(NotAuthorized.class);
        assertThat(decided.getLeft())
                .isEqualTo(StageDecider.handle(promote, INVITED.state()).getLeft());
    }

    @Test
    void replayingStoredEventsAddressesThemAsHandlingDid() {
        Given handUp = INVITED.raisedHands(BOB);
        Command promote = Command.by(HANA, new PromoteToSpeaker(CALL, BOB), CommandId.of("hana-promotes"), LATER);
        Transition handled = StageDecider.handle(promote, handUp.state()).get();
        assertThat(handled.events()).hasSize(2);

        Transition replayed = Transition.replay(handUp.state(), handled.stageEvents());

        assertThat(replayed).isEqualTo(handled);
        assertThat(replayed.after())
                .isEqualTo(StageDecider.replay(handUp.history().appendAll(handled.stageEvents())));
    }
}
