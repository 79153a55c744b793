package io.livestage.adapters.inmemory;

import io.livestage.ports.store.RoomStore;
import io.livestage.tck.RoomStoreContract;
import io.vavr.control.Option;

/** {@link InMemoryRooms} keeps every promise of the room store port. */
class InMemoryRoomsContractTest extends RoomStoreContract {

    @Override
    protected RoomStore newStore() {
        return new InMemoryRooms();
    }

    @Override
    protected Option<RoomStore> newStoreRetaining(int publishedEvents) {
        return Option.some(new InMemoryRooms(InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW, publishedEvents));
    }

    @Override
    protected int idempotencyWindow() {
        return InMemoryRooms.DEFAULT_IDEMPOTENCY_WINDOW;
    }
}
