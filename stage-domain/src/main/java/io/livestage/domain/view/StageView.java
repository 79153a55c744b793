package io.livestage.domain.view;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Call;
import io.livestage.domain.state.Hand;
import io.livestage.domain.state.Invitation;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What one user may see of a room right now: the snapshot a client starts from (a late joiner, or a client that found
 * a gap in its feed) before applying events after {@link #atSequence()}.
 *
 * <p>Visibility follows the same rules as event recipients: everyone sees who is on stage and how many listen; only
 * the host and co-hosts see the hand queue; only people on stage see the open questions (anonymous authors hidden);
 * each user sees their own hand, invitation and questions.
 *
 * <p>Cost: O(speakers + questions + hands log hands) (the hand queue is put in order for moderators), never
 * O(audience).
 *
 * @param room the room
 * @param name its name
 * @param policy its rules
 * @param closed whether it is closed for good
 * @param call the live call, if any
 * @param atSequence the room's sequence number this view reflects; apply events after it
 * @param host the host
 * @param coHosts the co-hosts, in appointment order
 * @param viewer who this view is for
 * @param standing where the viewer stands now
 * @param myHand the viewer's queue position (1-based), if their hand is up
 * @param myInvitation when the viewer's stage invitation expires, if they have one
 * @param speakers everyone on stage with their standing, host first, then co-hosts, then members
 * @param audienceCount how many are in the audience
 * @param hostAbsentUntil with {@code requireHost}: when the call ends unless a host or co-host returns
 * @param handQueue the raised hands in order; empty unless the viewer is the host or a co-host present in the call (a
 *     holder of authority who is away receives no hand events either, and cannot act on hands until back)
 * @param openQuestions the open questions; empty unless the viewer is on stage
 * @param myQuestions the viewer's own questions in this call, whatever their status
 */
public record StageView(
        RoomId room,
        String name,
        StagePolicy policy,
        boolean closed,
        Option<CallId> call,
        long atSequence,
        UserId host,
        Seq<UserId> coHosts,
        UserId viewer,
        Standing standing,
        Option<Integer> myHand,
        Option<Instant> myInvitation,
        Seq<SpeakerView> speakers,
        int audienceCount,
        Option<Instant> hostAbsentUntil,
        Seq<UserId> handQueue,
        Seq<QuestionView> openQuestions,
        Seq<QuestionView> myQuestions) {

    /** The view of {@code room} for {@code viewer}. */
    public static StageView of(Room room, UserId viewer) {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(viewer, "viewer");
        Standing standing = room.standingOf(viewer);
        Option<Call> call = room.call();
        Option<Participant> me = call.flatMap(c -> c.participant(viewer));
        Seq<SpeakerView> speakers = call.map(c -> speakers(room, c)).getOrElse(Vector.empty());
        return new StageView(
                room.id(),
                room.name(),
                room.policy(),
                room.closed(),
                room.liveCallId(),
                room.sequence(),
                room.authority().host(),
                room.authority().coHosts().toVector(),
                viewer,
                standing,
                me.flatMap(Participant::hand).flatMap(hand -> call.map(c -> position(c, hand))),
                me.flatMap(Participant::invitation).map(Invitation::expiresAt),
                speakers,
                call.map(c -> c.size() - speakers.size()).getOrElse(0),
                call.flatMap(Call::hostAbsentUntil),
                standing.isModerator() ? call.map(c -> c.hands().inOrder()).getOrElse(Vector.empty()) : Vector.empty(),
                standing.isOnStage() ? openQuestions(call, viewer) : Vector.empty(),
                call.map(c -> c.questions()
                                .byId()
                                .values()
                                .filter(q -> q.author().equals(viewer))
                                .map(q -> QuestionView.of(q, viewer))
                                .toVector())
                        .getOrElse(Vector.empty()));
    }

    private static Seq<SpeakerView> speakers(Room room, Call call) {
        Seq<SpeakerView> moderators =
                room.moderatorsPresent().map(user -> new SpeakerView(user, call.standingOf(user)));
        Seq<SpeakerView> members =
                call.onStage().toVector().sorted().map(user -> new SpeakerView(user, Standing.SPEAKER));
        return moderators.appendAll(members);
    }

    private static int position(Call call, Hand hand) {
        return call.hands().positionOf(hand.ticket());
    }

    private static Seq<QuestionView> openQuestions(Option<Call> call, UserId viewer) {
        return call.map(c -> c.questions()
                        .open()
                        .map(q -> QuestionView.of(q, viewer))
                        .toVector())
                .getOrElse(Vector.empty());
    }

    /**
     * Someone on stage.
     *
     * @param user who
     * @param standing host, co-host or member speaker
     */
    public record SpeakerView(UserId user, Standing standing) {}
}
