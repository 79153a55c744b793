package io.livestage.adapters.inmemory;

import io.livestage.ports.store.RoomStore;
import io.livestage.tck.ConformanceContract;

/** Every conformance vector through a facade on the in-memory store. */
class InMemoryConformanceTest extends ConformanceContract {

    @Override
    protected RoomStore newStore() {
        return new InMemoryRooms();
    }
}
