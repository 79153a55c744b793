package io.livestage.examples.mirror;

import io.livestage.domain.id.UserId;
import io.livestage.ports.client.MediaIntent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Stands in for an app's WebRTC layer: it only says what it would do with the local track, and remembers it. The
 * platform never touches media; the app starts and stops publishing when its {@code ClientMirror} says so.
 */
public final class FakeMedia implements Consumer<MediaIntent> {

    private final UserId user;
    private final PrintStream out;
    private final List<MediaIntent> intents = new ArrayList<>();

    public FakeMedia(UserId user, PrintStream out) {
        this.user = user;
        this.out = out;
    }

    @Override
    public void accept(MediaIntent intent) {
        intents.add(intent);
        out.println("    [media] " + user + ": "
                + (intent == MediaIntent.START_PUBLISHING
                        ? "start publishing (camera and microphone on)"
                        : "stop publishing (track released)"));
    }

    /** Every intent received, in order. */
    public List<MediaIntent> intents() {
        return List.copyOf(intents);
    }
}
