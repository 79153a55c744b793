package io.livestage.adapters.postgres;

import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.publish.EventPublisher;
import java.sql.PreparedStatement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Publishes an envelope to every node: {@code NOTIFY <channel>, '<room>:<sequence>'}, after its event was saved in the
 * log. Each node's {@link PostgresEventListener} hears it, reads the event from the log and hands it to that node's
 * local bus. The notification carries only the event's id; the log holds the event, so nothing can be delivered that
 * was not saved.
 *
 * <p>The service's relay publishes each room's envelopes in sequence order and marks each after this returns, so the
 * notifications of a room are sent in sequence order, at least once. Throws {@code StoreUnavailableException} if the
 * database cannot be reached; the envelope then stays in the outbox.
 */
public final class PostgresEventPublisher implements EventPublisher {

    /** The channel used unless another is named. */
    public static final String DEFAULT_CHANNEL = "livestage_events";

    private final Transactions transactions;
    private final String channel;

    public PostgresEventPublisher(DataSource dataSource) {
        this(dataSource, DEFAULT_CHANNEL);
    }

    public PostgresEventPublisher(DataSource dataSource, String channel) {
        this.transactions = new Transactions(dataSource);
        this.channel = Channels.checked(channel);
    }

    @Override
    public void publish(EventEnvelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        transactions.autoCommit("notify " + envelope.id(), connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, channel);
                notify.setString(2, envelope.id().toString());
                notify.execute();
                return null;
            }
        });
    }
}
