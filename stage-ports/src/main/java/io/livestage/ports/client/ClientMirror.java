package io.livestage.ports.client;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import io.livestage.domain.view.StageView;
import io.livestage.ports.publish.Delivery;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The client side of a user's feed, as an app or SDK runs it for its own user: it applies that user's deliveries in
 * order, drops duplicates, detects gaps, and turns the user's role changes into {@link MediaIntent}s, exactly once per
 * change. It follows the client protocol of {@code docs/consistency.md}: start from a stage view ({@link #resync}),
 * then {@link #apply} each delivery.
 *
 * <p>The mirror keeps what a client needs to drive media and its own controls: the user's role, whether their hand is
 * up, and the last applied sequence. The full picture for a UI is the stage view plus the events applied since.
 *
 * <p>Not thread-safe: feed it from one thread (the feed's delivery thread, or a UI loop).
 */
public final class ClientMirror {

    private final UserId me;
    private final Consumer<MediaIntent> media;
    private long lastApplied;
    private Option<Role> role = Option.none();
    private boolean handRaised;
    private boolean publishing;

    /**
     * @param me the user this mirror belongs to
     * @param media receives each media intent, once per change of role
     */
    public ClientMirror(UserId me, Consumer<MediaIntent> media) {
        this.me = Objects.requireNonNull(me, "me");
        this.media = Objects.requireNonNull(media, "media");
    }

    /**
     * Starts (or starts again) from a stage view of this user: the role, hand and sequence it reflects. If the role
     * differs from what the mirror believed, the media intent follows.
     */
    public void resync(StageView view) {
        Objects.requireNonNull(view, "view");
        if (!view.viewer().equals(me)) {
            throw new IllegalArgumentException("a view of " + view.viewer() + " given to the mirror of " + me);
        }
        lastApplied = view.atSequence();
        role = view.standing().role();
        handRaised = view.myHand().isDefined();
        follow();
    }

    /**
     * Applies one delivery of this user's feed: a duplicate is ignored, a gap is reported (and nothing applied), and
     * otherwise the event is applied and the mirror moves to its sequence.
     */
    public Applied apply(Delivery delivery) {
        Objects.requireNonNull(delivery, "delivery");
        if (delivery.sequence() <= lastApplied) {
            return Applied.DUPLICATE;
        }
        if (delivery.previous() > lastApplied) {
            return Applied.GAP;
        }
        change(delivery.event().change());
        lastApplied = delivery.sequence();
        follow();
        return Applied.APPLIED;
    }

    /** The sequence of the last applied event (or of the view resynced from). */
    public long lastApplied() {
        return lastApplied;
    }

    /** This user's stage role; none while not in the call. */
    public Option<Role> role() {
        return role;
    }

    /** Whether this user's hand is up. */
    public boolean handRaised() {
        return handRaised;
    }

    /** Whether the app was last told to publish. */
    public boolean publishing() {
        return publishing;
    }

    private void change(Change change) {
        if (change instanceof ParticipantJoined joined && joined.user().equals(me)) {
            role = Option.some(joined.role());
        } else if (change instanceof RoleChanged changed && changed.user().equals(me)) {
            role = Option.some(changed.role());
            handRaised = false;
        } else if (change instanceof ParticipantLeft left && left.user().equals(me)) {
            leaveCall();
        } else if (change instanceof ParticipantRemoved removed
                && removed.user().equals(me)) {
            leaveCall();
        } else if (change instanceof CallEnded) {
            leaveCall();
        } else if (change instanceof HandRaised raised && raised.user().equals(me)) {
            handRaised = true;
        } else if (change instanceof HandLowered lowered && lowered.user().equals(me)) {
            handRaised = false;
        } else if (change instanceof AllHandsLowered all && all.users().contains(me)) {
            handRaised = false;
        }
    }

    private void leaveCall() {
        role = Option.none();
        handRaised = false;
    }

    /** Tells the app to start or stop publishing when the role and the media disagree, and only then. */
    private void follow() {
        boolean shouldPublish = role.contains(Role.SPEAKER);
        if (shouldPublish != publishing) {
            publishing = shouldPublish;
            media.accept(shouldPublish ? MediaIntent.START_PUBLISHING : MediaIntent.STOP_PUBLISHING);
        }
    }
}
