package io.livestage.adapters.hazelcast;

import io.livestage.adapters.hazelcast.testing.SharedCluster;
import io.livestage.ports.store.RoomStore;
import io.livestage.tck.ConformanceContract;
import java.util.UUID;

/** Every conformance vector through a facade on the Hazelcast store, a map of its own per case, on two members. */
class HazelcastConformanceTest extends ConformanceContract {

    @Override
    protected RoomStore newStore() {
        return new HazelcastRooms(
                SharedCluster.get().member(0),
                HazelcastRooms.DEFAULT_MAP + "-" + UUID.randomUUID(),
                HazelcastRooms.DEFAULT_IDEMPOTENCY_WINDOW,
                HazelcastRooms.DEFAULT_RETAINED_EVENTS);
    }
}
