package io.livestage.domain.state;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Standing;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The live call of a room: who is present and where they stand, the hand queue, the questions, and the cooldown
 * bookkeeping. Everything here ends with the call.
 *
 * <p>Every lookup and every change of one participant is O(log n) in the call's size: participants are a hash trie,
 * members on stage are kept as their own set so the stage is counted in O(1) and reached without a scan.
 *
 * @param id the call
 * @param startedAt when it started
 * @param participants everyone present, by id
 * @param onStage members (not host or co-hosts) on stage
 * @param hands raised hands in raise order
 * @param questions stage questions
 * @param handsLoweredAt when each user's hand last went down, for the raise cooldown
 * @param hostAbsentUntil with {@code requireHost}: the deadline while no host or co-host is present
 */
public record Call(
        CallId id,
        Instant startedAt,
        HashMap<UserId, Participant> participants,
        HashSet<UserId> onStage,
        HandQueue hands,
        Questions questions,
        HashMap<UserId, Instant> handsLoweredAt,
        Option<Instant> hostAbsentUntil) {

    public Call {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(onStage, "onStage");
        Objects.requireNonNull(hands, "hands");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(handsLoweredAt, "handsLoweredAt");
        Objects.requireNonNull(hostAbsentUntil, "hostAbsentUntil");
    }

    static Call started(CallId id, Instant at) {
        return new Call(
                id,
                at,
                HashMap.empty(),
                HashSet.empty(),
                HandQueue.empty(),
                Questions.empty(),
                HashMap.empty(),
                Option.none());
    }

    /** The participant, if present. O(log n). */
    public Option<Participant> participant(UserId user) {
        return participants.get(user);
    }

    /** Where the user stands in this call; {@link Standing#ABSENT} if not present. O(log n). */
    public Standing standingOf(UserId user) {
        Option<Participant> participant = participants.get(user);
        return participant.isEmpty() ? Standing.ABSENT : participant.get().standing();
    }

    /** Whether the user is present. O(log n). */
    public boolean isPresent(UserId user) {
        return participants.containsKey(user);
    }

    /** Everyone present. O(1). */
    public int size() {
        return participants.size();
    }

    /** Members (not host or co-hosts) on stage. O(1). */
    public int membersOnStage() {
        return onStage.size();
    }

    /** Whether the room is waiting for a host or co-host to return. */
    public boolean isHostAbsent() {
        return hostAbsentUntil.isDefined();
    }

    Call with(Participant participant) {
        return replace(participants.get(participant.id()), participant);
    }

    /** {@code participant} in place of {@code current}, their present self if any: one lookup per change. */
    private Call replace(Option<Participant> current, Participant participant) {
        UserId user = participant.id();
        Call withoutOldHand = current.flatMap(Participant::hand)
                .map(old -> withHands(hands.remove(old.ticket())))
                .getOrElse(this);
        HandQueue queue = participant
                .hand()
                .map(hand -> withoutOldHand.hands.add(hand.ticket(), user))
                .getOrElse(withoutOldHand.hands);
        return new Call(
                id,
                startedAt,
                participants.put(user, participant),
                current.isDefined() && current.get().standing() == participant.standing()
                        ? onStage
                        : participant.standing() == Standing.SPEAKER ? onStage.add(user) : onStage.remove(user),
                queue,
                questions,
                handsLoweredAt,
                hostAbsentUntil);
    }

    Call without(UserId user) {
        HandQueue queue = participants
                .get(user)
                .flatMap(Participant::hand)
                .map(hand -> hands.remove(hand.ticket()))
                .getOrElse(hands);
        return new Call(
                id,
                startedAt,
                participants.remove(user),
                onStage.remove(user),
                queue,
                questions,
                handsLoweredAt,
                hostAbsentUntil);
    }

    /** Applies {@code change} to the participant if present; a no-op otherwise (evolve is total). */
    Call update(UserId user, UnaryOperator<Participant> change) {
        Option<Participant> current = participants.get(user);
        return current.isEmpty() ? this : replace(current, change.apply(current.get()));
    }

    Call withHands(HandQueue next) {
        return new Call(id, startedAt, participants, onStage, next, questions, handsLoweredAt, hostAbsentUntil);
    }

    Call withQuestions(Questions next) {
        return new Call(id, startedAt, participants, onStage, hands, next, handsLoweredAt, hostAbsentUntil);
    }

    Call withHandLoweredAt(UserId user, Instant at) {
        return new Call(
                id, startedAt, participants, onStage, hands, questions, handsLoweredAt.put(user, at), hostAbsentUntil);
    }

    Call withHostAbsentUntil(Option<Instant> deadline) {
        return new Call(id, startedAt, participants, onStage, hands, questions, handsLoweredAt, deadline);
    }
}
