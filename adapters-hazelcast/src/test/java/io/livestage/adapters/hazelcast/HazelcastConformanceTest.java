package io.livestage.adapters.hazelcast;

import io.livestage.adapters.hazelcast.testing.SharedCluster;
import io.livestage.ports.store.RoomStore;
import io.livestage.tck.ConformanceContract;
import java.util.UUID;

/**
 * Every conformance vector through a facade on the Hazelcast store, a map of its own per case, on two members. The
 * previous case's map is destroyed when the next case asks for a store, so the cluster holds one at a time.
 */
class HazelcastConformanceTest extends ConformanceContract {

    private String previous;

    @Override
    protected RoomStore newStore() {
        if (previous != null) {
            SharedCluster.get().member(0).getMap(previous).destroy();
        }
        previous = HazelcastRooms.DEFAULT_MAP + "-" + UUID.randomUUID();
        return new HazelcastRooms(
                SharedCluster.get().member(0),
                previous,
                HazelcastRooms.DEFAULT_IDEMPOTENCY_WINDOW,
                HazelcastRooms.DEFAULT_RETAINED_EVENTS);
    }
}
