package io.livestage.domain.event;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One fact in a room's history, with everything a consumer needs to order, deduplicate, attribute and route it.
 *
 * @param room the room
 * @param call the call live when it happened (the ended call, for {@code GROUP_CALL_ENDED}); none outside calls
 * @param sequence the room's sequence number: gapless from 1, so a consumer detects loss and duplicates by it
 * @param at when, as given by the causing command (the domain reads no clock)
 * @param actor who caused it
 * @param causedBy the id of the causing command
 * @param change what happened
 * @param recipients who it is for, symbolic; resolved against the room at the moment of the event
 */
public record StageEvent(
        RoomId room,
        Option<CallId> call,
        long sequence,
        Instant at,
        Actor actor,
        CommandId causedBy,
        Change change,
        Recipients recipients) {

    /** Shown instead of the causing command where the actor is hidden, so the command id cannot betray them. */
    public static final CommandId HIDDEN_COMMAND = CommandId.of("hidden");

    public StageEvent {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(causedBy, "causedBy");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(recipients, "recipients");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }

    /** The kind of event. */
    public EventType type() {
        return change.type();
    }

    /** The stable name clients see, such as {@code GROUP_CALL_ROLE_CHANGED}. */
    public String wireName() {
        return change.type().wireName();
    }

    /**
     * This event as {@code viewer} may see it: private facts of other people hidden (an anonymous author, with the
     * actor and the causing command; other people's hands), and the recipients reduced to the viewer. Every copy that leaves the server should be one of
     * these; the stored event keeps everything, because replay needs it.
     */
    public StageEvent seenBy(UserId viewer) {
        Objects.requireNonNull(viewer, "viewer");
        boolean hideActor = change.hidesActorFrom(viewer);
        return new StageEvent(
                room,
                call,
                sequence,
                at,
                hideActor ? new Actor.Hidden() : actor,
                hideActor ? HIDDEN_COMMAND : causedBy,
                change.seenBy(viewer),
                Recipients.only(viewer));
    }
}
