package io.livestage.conformance;

import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.client.MediaIntent;
import io.livestage.wire.vector.ClientState;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;

/** A client mirror's state as a client vector states it: what the generator writes and the runner compares. */
public final class MirrorState {

    private MirrorState() {}

    /**
     * @param applied the mirror's verdict on the step's delivery, none for a resync
     * @param mirror the mirror after the step
     * @param told the media intents the step emitted, in order
     */
    public static ClientState of(Option<String> applied, ClientMirror mirror, List<MediaIntent> told) {
        return new ClientState(
                applied,
                mirror.lastApplied(),
                mirror.role(),
                mirror.handRaised(),
                mirror.publishing(),
                Vector.ofAll(told).map(Enum::name));
    }
}
