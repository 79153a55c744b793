package io.livestage.ports.publish;

/**
 * Outbound port: hands events to the transport that delivers them (a message bus, WebSockets, the in-memory bus).
 *
 * <p>Contract: the service publishes each room's envelopes in sequence order, one at a time, and republishes an
 * envelope whose publication failed (at least once), so an implementation must tolerate seeing the same envelope again
 * and should deliver each user {@code envelope.seenBy(user)} for the users of {@code envelope.audience()}. Consumers
 * deduplicate by {@link EventId}.
 */
public interface EventPublisher {

    /**
     * Publishes one envelope. Returning normally means it was handed over; throwing any runtime exception means it was
     * not (it stays in the outbox and is published again later, after nothing newer of its room).
     */
    void publish(EventEnvelope envelope);
}
