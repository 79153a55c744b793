package io.livestage.examples.mirror;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.view.StageView;
import io.livestage.ports.LiveStage;
import io.livestage.ports.client.Applied;
import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.publish.Delivery;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * One user's app: it receives that user's deliveries over a connection that may lose or repeat them, and feeds them to
 * a {@link ClientMirror}, which drives the media. On a gap it does what {@code docs/consistency.md} asks: load the
 * stage view, resync the mirror from it, and go on.
 */
public final class StageApp implements Consumer<Delivery> {

    private final UserId user;
    private final RoomId room;
    private final LiveStage stage;
    private final PrintStream out;
    private final ClientMirror mirror;
    private final FakeMedia media;
    private boolean dropNext;
    private int resyncs;

    public StageApp(UserId user, RoomId room, LiveStage stage, FakeMedia media, PrintStream out) {
        this.user = user;
        this.room = room;
        this.stage = stage;
        this.out = out;
        this.media = media;
        this.mirror = new ClientMirror(user, media);
    }

    /** The media layer this app drives. */
    public FakeMedia media() {
        return media;
    }

    /** Starts from the stage view, as an app does when it opens the room. */
    public void open() {
        resync("opens the room");
    }

    /** The connection loses the next delivery (the app never sees it). */
    public void loseNextDelivery() {
        dropNext = true;
    }

    /** A delivery arrives from the connection. */
    @Override
    public void accept(Delivery delivery) {
        if (dropNext) {
            dropNext = false;
            out.println("    " + user + "'s connection lost #" + delivery.sequence() + " "
                    + delivery.event().wireName());
            return;
        }
        receive(delivery);
    }

    /** What the app does with a delivery it received (also called directly to simulate a redelivery). */
    public Applied receive(Delivery delivery) {
        Applied applied = mirror.apply(delivery);
        String what = "#" + delivery.sequence() + " " + delivery.event().wireName();
        switch (applied) {
            case APPLIED -> out.println("    " + user + "'s app applied " + what);
            case DUPLICATE ->
                out.println("    " + user + "'s app ignored " + what + ": a duplicate (already at #"
                        + mirror.lastApplied() + ")");
            case GAP -> {
                out.println("    " + user + "'s app found a gap at " + what + ": it follows #" + delivery.previous()
                        + ", but the app is at #" + mirror.lastApplied());
                resync("resyncs");
                receive(delivery);
            }
        }
        return applied;
    }

    /** How often the app loaded the stage view after opening. */
    public int resyncs() {
        return resyncs;
    }

    public ClientMirror mirror() {
        return mirror;
    }

    private void resync(String why) {
        StageView view = stage.stageView(user, room)
                .accepted()
                .getOrElseThrow(() -> new IllegalStateException("no stage view of " + room));
        if (!why.equals("opens the room")) {
            resyncs++;
        }
        out.println("    " + user + "'s app " + why + " from the stage view at #" + view.atSequence() + ": "
                + view.standing());
        mirror.resync(view);
    }
}
