package io.livestage.examples.ama;

import io.livestage.domain.event.HandRaised;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * The host app's {@code onGroupCallEvent} handler from the seed: on {@code GROUP_CALL_STAGE_HAND_RAISED} it promotes
 * the raiser. Like a real client, it reacts after the event arrives, on its own loop, rather than inside the delivery:
 * {@link #accept} notes the raiser, and the host's app promotes whoever {@link #next} returns.
 */
final class HostHandler implements Consumer<Delivery> {

    private final Queue<UserId> raised = new ArrayDeque<>();

    /** {@code client.onGroupCallEvent(e => ...)}: remembers who raised a hand. */
    @Override
    public void accept(Delivery delivery) {
        if (delivery.event().wireName().equals("GROUP_CALL_STAGE_HAND_RAISED")) {
            raised.add(((HandRaised) delivery.event().change()).user());
        }
    }

    /** The next raiser to promote, if a hand was raised since the handler last reacted. */
    Optional<UserId> next() {
        return Optional.ofNullable(raised.poll());
    }
}
