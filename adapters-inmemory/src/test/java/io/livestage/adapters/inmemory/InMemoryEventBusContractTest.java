package io.livestage.adapters.inmemory;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.tck.EventPublisherContract;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link InMemoryEventBus} delivers as the publisher port promises, observed through its subscriptions. */
class InMemoryEventBusContractTest extends EventPublisherContract<InMemoryEventBus> {

    @Override
    protected InMemoryEventBus newPublisher() {
        return new InMemoryEventBus();
    }

    @Override
    protected Inbox subscribe(InMemoryEventBus bus, RoomId room, UserId user) {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        bus.subscribe(room, user, received::add);
        return () -> List.copyOf(received); // the bus delivers in the publishing thread: nothing to wait for
    }
}
