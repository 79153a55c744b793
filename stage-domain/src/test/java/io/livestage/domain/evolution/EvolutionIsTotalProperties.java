package io.livestage.domain.evolution;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.OUTSIDER;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandLoweredReason;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Role;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.domain.testing.Given;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * {@code evolve} is total: any well-typed event, fitting the room or not (a hand for a speaker, a co-host who is the
 * host, a transfer from someone who is not host), applied in any order, yields a room and never throws. The decider
 * never produces such events; a corrupted or hand-written history must still not crash a replay.
 */
class EvolutionIsTotalProperties {

    private static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);
    private static final Vector<UserId> USERS = Vector.of(HANA, CARL, ALICE, BOB, OUTSIDER);

    /** Host, co-host Carl, Alice on stage, Bob's hand up: a room where most events can land somewhere. */
    private static final Given BUSY = Given.stageRoom()
            .joined(HANA, CARL, ALICE, BOB)
            .coHosts(CARL)
            .step(HANA, new PromoteToSpeaker(CALL, ALICE))
            .step(BOB, new RaiseHand(CALL));

    @Test
    void anySequenceOfEventsEvolvesWithoutThrowing() {
        qt().withExamples(EXAMPLES)
                .forAll(SourceDSL.lists().of(changes()).ofSizeBetween(1, 40))
                .checkAssert(changes -> {
                    Option<Room> state = BUSY.state();
                    long sequence = state.get().sequence();
                    for (Change change : changes) {
                        state = StageDecider.evolve(state, event(++sequence, change));
                    }
                    assertThat(state.get().sequence()).isEqualTo(sequence);
                });
    }

    @Test
    void addressingAnyEventResolvesItsAudienceWithoutThrowing() {
        qt().withExamples(EXAMPLES)
                .forAll(SourceDSL.lists().of(changes()).ofSizeBetween(1, 20))
                .checkAssert(changes -> {
                    Transition transition = Transition.from(BUSY.state());
                    long sequence = BUSY.room().sequence();
                    for (Change change : changes) {
                        transition = transition.then(event(++sequence, change));
                    }
                    transition.events().forEach(addressed -> {
                        assertThat(addressed.audience().size()).isGreaterThanOrEqualTo(0);
                        USERS.forEach(user -> addressed.event().seenBy(user));
                    });
                });
    }

    private static StageEvent event(long sequence, Change change) {
        return new StageEvent(
                ROOM,
                Option.some(CALL),
                sequence,
                Given.T0.plusSeconds(sequence),
                Actor.user(HANA),
                CommandId.of("c" + sequence),
                change,
                Recipients.everyone());
    }

    private static Gen<Change> changes() {
        Gen<UserId> user = Generate.pick(USERS.asJava());
        Gen<Role> role = Generate.enumValues(Role.class);
        Gen<Integer> small = SourceDSL.integers().between(1, 4);
        List<Gen<Change>> kinds = List.of(
                user.map(u -> (Change) new RoomCreated("again", StagePolicy.defaults(), u)),
                Generate.constant(new RoomClosed()),
                user.map(CoHostAssigned::new),
                user.map(CoHostRevoked::new),
                user.zip(user, (from, to) -> new HostTransferred(from, to, from.hashCode() % 2 == 0)),
                user.map(UserUnbanned::new),
                small.map(n -> new CallStarted(new CallId(ROOM, n))),
                Generate.enumValues(CallEndReason.class).map(CallEnded::new),
                user.zip(role, ParticipantJoined::new),
                user.map(ParticipantLeft::new),
                user.zip(SourceDSL.booleans().all(), ParticipantRemoved::new),
                small.map(n -> new HostAbsent(Given.T0.plus(Duration.ofMinutes(n)))),
                user.map(HostReturned::new),
                user.zip(role, (u, r) -> new RoleChanged(u, r, RoleChangeReason.PROMOTED)),
                user.zip(small, HandRaised::new),
                user.map(u -> new HandLowered(u, HandLoweredReason.DISMISSED)),
                SourceDSL.lists().of(user).ofSizeBetween(0, 3).map(us -> new AllHandsLowered(Vector.ofAll(us))),
                user.zip(small, (u, n) -> new InvitedToStage(u, Given.T0.plusSeconds(n))),
                user.map(InvitationDeclined::new),
                user.map(InvitationExpired::new),
                user.zip(small, (u, n) -> new QuestionSubmitted(new QuestionId(n), "q?", n % 2 == 0, Option.some(u))),
                small.map(n -> new QuestionSubmitted(new QuestionId(n), "hidden", true, Option.none())),
                small.map(n -> new QuestionAnswered(new QuestionId(n))),
                small.map(n -> new QuestionDismissed(new QuestionId(n))));
        return SourceDSL.integers().between(0, kinds.size() - 1).flatMap(kinds::get);
    }
}
