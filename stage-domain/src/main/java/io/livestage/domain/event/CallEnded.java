package io.livestage.domain.event;

/**
 * The live call ended for everyone; hands, invitations and questions end with it.
 *
 * @param reason why
 */
public record CallEnded(CallEndReason reason) implements Change {

    @Override
    public EventType type() {
        return EventType.CALL_ENDED;
    }
}
