package io.livestage.domain.state;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLowered;
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
import io.livestage.domain.event.QuestionStatus;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import io.livestage.domain.role.Standing;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * {@code evolve}: applies one event to a room. Total and unvalidating: every event yields a room and nothing throws;
 * decisions were taken when the event was decided, and an event that does not fit the room (a participant who is not
 * there, a hand for a speaker, a co-host who is the host) changes nothing but the sequence. Replaying a room's events
 * through here rebuilds it exactly.
 *
 * <p>Each event touches O(log n) of the state, except those that are inherently about everyone ({@code
 * GROUP_CALL_STAGE_HANDS_LOWERED} touches each lowered hand).
 */
public final class Evolution {

    private Evolution() {}

    /** The room after {@code event}. A room that does not exist yet is created by {@code ROOM_CREATED} only. */
    public static Option<Room> apply(Option<Room> state, StageEvent event) {
        Change change = event.change();
        if (state.isEmpty()) {
            return change instanceof RoomCreated created ? Option.some(created(event, created)) : state;
        }
        return Option.some(apply(state.get().withSequence(event.sequence()), event, change));
    }

    private static Room created(StageEvent event, RoomCreated created) {
        return new Room(
                event.room(),
                created.name(),
                created.policy(),
                Authority.of(created.host()),
                HashSet.empty(),
                false,
                Option.none(),
                event.sequence(),
                0);
    }

    private static Room apply(Room room, StageEvent event, Change change) {
        Instant at = event.at();
        if (change instanceof CallStarted started) {
            return room.withCall(
                    Option.some(Call.started(started.call(), at)),
                    started.call().ordinal());
        }
        if (change instanceof CallEnded) {
            return room.withCall(Option.none(), room.callsStarted());
        }
        if (change instanceof RoomClosed) {
            return room.closedForGood();
        }
        if (change instanceof ParticipantJoined joined) {
            Standing standing =
                    room.authority().standingOf(joined.user()).getOrElse(() -> Standing.member(joined.role()));
            return room.updateCall(c -> c.with(Participant.of(joined.user(), standing)));
        }
        if (change instanceof ParticipantLeft left) {
            return room.updateCall(c -> c.without(left.user()));
        }
        if (change instanceof ParticipantRemoved removed) {
            Room without = room.updateCall(c -> c.without(removed.user()));
            return removed.banned() ? without.withBanned(without.banned().add(removed.user())) : without;
        }
        if (change instanceof RoleChanged changed) {
            return room.reseat(changed.user(), changed.role());
        }
        if (change instanceof CoHostAssigned assigned) {
            return room.authority().isModerator(assigned.user())
                    ? room
                    : room.withAuthority(room.authority().withCoHost(assigned.user()))
                            .reseat(assigned.user(), Role.SPEAKER);
        }
        if (change instanceof CoHostRevoked revoked) {
            return room.withAuthority(room.authority().withoutCoHost(revoked.user()))
                    .reseat(revoked.user(), Role.SPEAKER);
        }
        if (change instanceof HostTransferred transferred) {
            if (!room.authority().host().equals(transferred.from())
                    || transferred.to().equals(transferred.from())) {
                return room;
            }
            return room.withAuthority(room.authority().transferredTo(transferred.to(), transferred.formerHostCoHost()))
                    .reseat(transferred.to(), Role.SPEAKER)
                    .reseat(transferred.from(), Role.SPEAKER);
        }
        if (change instanceof UserUnbanned unbanned) {
            return room.withBanned(room.banned().remove(unbanned.user()));
        }
        if (change instanceof HostAbsent absent) {
            return room.updateCall(c -> c.withHostAbsentUntil(Option.some(absent.deadline())));
        }
        if (change instanceof HostReturned) {
            return room.updateCall(c -> c.withHostAbsentUntil(Option.none()));
        }
        if (change instanceof HandRaised raised) {
            Hand hand = new Hand(event.sequence(), at);
            return room.updateCall(
                    c -> c.update(raised.user(), p -> inAudience(p) ? p.withHand(Option.some(hand)) : p));
        }
        if (change instanceof HandLowered lowered) {
            return room.updateCall(c -> lowerHand(c, lowered.user(), at));
        }
        if (change instanceof AllHandsLowered all) {
            return room.updateCall(c -> all.users().foldLeft(c, (call, user) -> lowerHand(call, user, at)));
        }
        if (change instanceof InvitedToStage invited) {
            Invitation invitation = new Invitation(invited.expiresAt());
            return room.updateCall(c ->
                    c.update(invited.invitee(), p -> inAudience(p) ? p.withInvitation(Option.some(invitation)) : p));
        }
        if (change instanceof InvitationDeclined declined) {
            return room.updateCall(c -> c.update(declined.invitee(), p -> p.withInvitation(Option.none())));
        }
        if (change instanceof InvitationExpired expired) {
            return room.updateCall(c -> c.update(expired.invitee(), p -> p.withInvitation(Option.none())));
        }
        if (change instanceof QuestionSubmitted submitted) {
            return submitted
                    .author()
                    .map(author -> new Question(
                            submitted.question(),
                            author,
                            submitted.text(),
                            submitted.anonymous(),
                            QuestionStatus.OPEN,
                            at))
                    .map(question ->
                            room.updateCall(c -> c.withQuestions(c.questions().add(question))))
                    .getOrElse(room);
        }
        if (change instanceof QuestionAnswered answered) {
            return room.updateCall(
                    c -> c.withQuestions(c.questions().close(answered.question(), QuestionStatus.ANSWERED)));
        }
        if (change instanceof QuestionDismissed dismissed) {
            return room.updateCall(
                    c -> c.withQuestions(c.questions().close(dismissed.question(), QuestionStatus.DISMISSED)));
        }
        // RoomCreated on an existing room: its id was taken; nothing but the sequence moves.
        return room;
    }

    /** Hands and invitations attach to audience members only; an event that names anyone else changes nothing. */
    private static boolean inAudience(Participant participant) {
        return participant.standing() == Standing.AUDIENCE;
    }

    private static Call lowerHand(Call call, UserId user, Instant at) {
        return call.participant(user)
                .filter(p -> p.hand().isDefined())
                .map(p -> call.with(p.withHand(Option.none())).withHandLoweredAt(user, at))
                .getOrElse(call);
    }
}
