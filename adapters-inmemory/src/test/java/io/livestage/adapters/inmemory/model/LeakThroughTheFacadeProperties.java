package io.livestage.adapters.inmemory.model;

import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.StageDecider;
import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Question;
import io.livestage.domain.state.Room;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What reaches each user through the facade and the bus, over random sequences, checked against the room's stored
 * history (replayed event by event, so each delivery is judged by the room as it was just before and just after its
 * event), independently of how the domain addresses events:
 *
 * <ul>
 *   <li>no audience member receives another user's hand, invitation or question event;
 *   <li>an anonymous question's author id reaches nobody but the author (not in the payload, the actor, the causing
 *       command id or the recipients of anyone else's copy);
 *   <li>a removed (or banned) user receives nothing after the removal event until they join again;
 *   <li>a user who left receives nothing until they join again;
 *   <li>more generally, nobody receives an event while absent from the call both before and after it.
 * </ul>
 *
 * Both paths out are checked: each user's subscription on the bus, and {@code eventsSince} through the facade.
 */
class LeakThroughTheFacadeProperties {

    private static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);

    /** Sequences per run: 300 at the default scale. */
    private static final int SEQUENCES = Math.max(1, EXAMPLES * 3 / 10);

    private static final int LONGEST = 80;

    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong anonymousCopies = new AtomicLong();
    private final AtomicLong departures = new AtomicLong();
    private final AtomicLong audienceCopies = new AtomicLong();

    @Test
    @DisplayName("nobody receives what is not theirs: audience, anonymous authors, removed and departed users")
    void nothing_leaks_through_the_facade() {
        AtomicLong sequences = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        long started = System.nanoTime();
        qt().withExamples(SEQUENCES)
                .forAll(Scenario.scenarios(LONGEST)
                        .describedAs(scenario -> Lockstep.describe(scenario, Oracle.Windows.DEFAULT)
                                + "\nShrunk further by dropping steps:"
                                + Lockstep.describe(scenario.minimal(this::leaks), Oracle.Windows.DEFAULT)))
                .checkAssert(scenario -> {
                    commands.addAndGet(run(scenario));
                    sequences.incrementAndGet();
                });
        System.out.printf(
                "LeakThroughTheFacadeProperties: %d sequences, %d facade commands, %d deliveries checked (%d to"
                        + " audience members of private events, %d anonymous-question copies to others; %d"
                        + " departures in the histories), %d ms%n",
                sequences.get(),
                commands.get(),
                deliveries.get(),
                audienceCopies.get(),
                anonymousCopies.get(),
                departures.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private boolean leaks(Scenario scenario) {
        try {
            run(scenario);
            return false;
        } catch (AssertionError leak) {
            return true;
        }
    }

    private int run(Scenario scenario) {
        WiredStage stage = new WiredStage();
        Resolver resolver = new Resolver(stage::room);
        Transcript transcript = new Transcript();
        int commands = 0;
        List<Act> acts = new ArrayList<>();
        for (int slot = 0; slot < scenario.openings().size(); slot++) {
            acts.addAll(resolver.opening(slot, scenario.openings().get(slot)));
        }
        for (Act act : acts) {
            commands += perform(stage, act, transcript);
        }
        for (Step step : scenario.steps()) {
            commands += perform(stage, resolver.resolve(step), transcript);
        }
        for (RoomId room : stage.watched()) {
            History history = history(stage, room);
            departures.addAndGet(history.events().stream()
                    .filter(event ->
                            event.change() instanceof ParticipantLeft || event.change() instanceof ParticipantRemoved)
                    .count());
            for (UserId user : Cast.USERS) {
                check(history, user, stage.received(room, user), "subscription", transcript);
                Outcome<Seq<Delivery>> replayed = stage.service.eventsSince(user, room, 0);
                replayed.accepted().forEach(seq -> check(history, user, seq.asJava(), "eventsSince", transcript));
            }
        }
        return commands;
    }

    private static int perform(WiredStage stage, Act act, Transcript transcript) {
        Option<Outcome<?>> outcome = stage.perform(act);
        transcript.add(act, outcome.getOrNull());
        return outcome.isDefined() ? 1 : 0;
    }

    /**
     * A room's stored events with the room just before each ({@code states[i]} is the room after the first {@code i}
     * events); empty for a room nobody created.
     */
    private record History(List<StageEvent> events, List<Option<Room>> states) {

        StageEvent event(long sequence) {
            return events.get((int) sequence - 1);
        }

        Option<Room> before(long sequence) {
            return states.get((int) sequence - 1);
        }

        Option<Room> after(long sequence) {
            return states.get((int) sequence);
        }
    }

    private static History history(WiredStage stage, RoomId room) {
        List<StageEvent> events = new ArrayList<>();
        stage.store.eventsAfter(room, 0).get().map(EventEnvelope::event).forEach(events::add);
        List<Option<Room>> states = new ArrayList<>();
        Option<Room> state = Option.none();
        states.add(state);
        for (StageEvent event : events) {
            state = StageDecider.evolve(state, event);
            states.add(state);
        }
        return new History(events, states);
    }

    private void check(History history, UserId user, List<Delivery> received, String path, Transcript transcript) {
        for (Delivery delivery : received) {
            deliveries.incrementAndGet();
            long sequence = delivery.sequence();
            StageEvent stored = history.event(sequence);
            Option<Room> before = history.before(sequence);
            Option<Room> after = history.after(sequence);
            String where = user + "'s " + path + " received " + delivery.event() + "\n(stored: " + stored + ")";
            Standing standing = standing(before, user);
            if (standing == Standing.ABSENT && standing(after, user) == Standing.ABSENT) {
                fail("a user absent before and after an event received it: " + where, transcript);
            }
            if ((standing == Standing.ABSENT ? standing(after, user) : standing) == Standing.AUDIENCE
                    && isPrivate(stored.change())) {
                audienceCopies.incrementAndGet();
                if (!isOwn(stored.change(), delivery.event().change(), user, before)) {
                    fail("an audience member received another user's event: " + where, transcript);
                }
            }
            anonymity(stored, delivery.event(), user, where, transcript);
            departures(history, user, sequence, where, transcript);
        }
    }

    /** Hands, invitations and questions: events about one user's own stage business. */
    private static boolean isPrivate(Change change) {
        return change instanceof HandRaised
                || change instanceof HandLowered
                || change instanceof AllHandsLowered
                || change instanceof InvitedToStage
                || change instanceof InvitationDeclined
                || change instanceof InvitationExpired
                || change instanceof QuestionSubmitted
                || change instanceof QuestionAnswered
                || change instanceof QuestionDismissed;
    }

    /** Whether a private event is about {@code user} (and their copy names nobody else). */
    private static boolean isOwn(Change stored, Change copy, UserId user, Option<Room> before) {
        if (stored instanceof HandRaised raised) {
            return raised.user().equals(user);
        }
        if (stored instanceof HandLowered lowered) {
            return lowered.user().equals(user);
        }
        if (stored instanceof AllHandsLowered) {
            return ((AllHandsLowered) copy).users().equals(Vector.of(user));
        }
        if (stored instanceof InvitedToStage invited) {
            return invited.invitee().equals(user);
        }
        if (stored instanceof InvitationDeclined declined) {
            return declined.invitee().equals(user);
        }
        if (stored instanceof InvitationExpired expired) {
            return expired.invitee().equals(user);
        }
        if (stored instanceof QuestionSubmitted submitted) {
            return submitted.author().contains(user);
        }
        if (stored instanceof QuestionAnswered answered) {
            return authorOf(before, answered.question()).contains(user);
        }
        if (stored instanceof QuestionDismissed dismissed) {
            return authorOf(before, dismissed.question()).contains(user);
        }
        return true;
    }

    private static Option<UserId> authorOf(Option<Room> room, QuestionId question) {
        return room.flatMap(Room::call)
                .flatMap(call -> call.questions().get(question))
                .map(Question::author);
    }

    /** An anonymous question's copy for anyone but its author names the author nowhere. */
    private void anonymity(StageEvent stored, StageEvent copy, UserId user, String where, Transcript transcript) {
        if (!(stored.change() instanceof QuestionSubmitted submitted) || !submitted.anonymous()) {
            return;
        }
        UserId author = submitted.author().get();
        if (author.equals(user)) {
            return;
        }
        anonymousCopies.incrementAndGet();
        QuestionSubmitted seen = (QuestionSubmitted) copy.change();
        boolean hidden = seen.author().isEmpty()
                && copy.actor() instanceof Actor.Hidden
                && !copy.causedBy().equals(stored.causedBy())
                && !copy.recipients().users().contains(author);
        if (!hidden) {
            fail("an anonymous question's author reached someone else: " + where, transcript);
        }
    }

    /** Nothing after leaving or being removed, until joining again. */
    private void departures(History history, UserId user, long sequence, String where, Transcript transcript) {
        for (long earlier = sequence; earlier >= 1; earlier--) {
            Change change = history.event(earlier).change();
            if (change instanceof ParticipantJoined joined && joined.user().equals(user)) {
                return;
            }
            if (earlier == sequence) {
                continue; // a user receives their own departure
            }
            boolean left = change instanceof ParticipantLeft departed
                    && departed.user().equals(user);
            boolean removed = change instanceof ParticipantRemoved removal
                    && removal.user().equals(user);
            if (left || removed) {
                fail(
                        (removed ? "a removed user" : "a user who left") + " received an event (#" + earlier
                                + " was their departure) before joining again: " + where,
                        transcript);
            }
        }
    }

    private static Standing standing(Option<Room> room, UserId user) {
        return room.map(r -> r.standingOf(user)).getOrElse(Standing.ABSENT);
    }

    private static void fail(String what, Transcript transcript) {
        throw new AssertionError(what + "\nSteps run, with the facade's answers:\n" + transcript);
    }
}
