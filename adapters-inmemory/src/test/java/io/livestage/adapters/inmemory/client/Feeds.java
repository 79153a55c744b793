package io.livestage.adapters.inmemory.client;

import io.livestage.domain.id.UserId;
import io.livestage.domain.view.StageView;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.tck.ContractFixtures.History;
import java.util.ArrayList;
import java.util.List;

/** One user's feed as a correct transport delivers it: their copies of the events addressed to them, chained by sequence. */
final class Feeds {

    private Feeds() {}

    /** {@code user}'s deliveries of {@code envelopes}, each naming the one before it (0 for the first). */
    static List<Delivery> of(Iterable<EventEnvelope> envelopes, UserId user) {
        List<Delivery> feed = new ArrayList<>();
        long previous = 0;
        for (EventEnvelope envelope : envelopes) {
            if (envelope.isFor(user)) {
                feed.add(new Delivery(user, envelope.seenBy(user), previous));
                previous = envelope.sequence();
            }
        }
        return feed;
    }

    /** {@code user}'s feed of the whole history. */
    static List<Delivery> of(History history, UserId user) {
        return of(history.envelopes(), user);
    }

    /** What {@code user} may see of the room at the end of {@code history}. */
    static StageView view(History history, UserId user) {
        return StageView.of(history.state(), user);
    }
}
