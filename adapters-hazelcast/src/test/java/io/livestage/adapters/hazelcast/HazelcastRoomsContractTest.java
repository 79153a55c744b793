package io.livestage.adapters.hazelcast;

import io.livestage.adapters.hazelcast.testing.SharedCluster;
import io.livestage.ports.store.RoomStore;
import io.livestage.tck.RoomStoreContract;
import io.vavr.control.Option;
import java.util.UUID;

/** {@link HazelcastRooms} keeps every promise of the room store port, on a two-member cluster. */
class HazelcastRoomsContractTest extends RoomStoreContract {

    @Override
    protected RoomStore newStore() {
        return new HazelcastRooms(
                SharedCluster.get().member(0),
                HazelcastRooms.DEFAULT_MAP + "-" + UUID.randomUUID(),
                HazelcastRooms.DEFAULT_IDEMPOTENCY_WINDOW,
                HazelcastRooms.DEFAULT_RETAINED_EVENTS);
    }

    @Override
    protected Option<RoomStore> newStoreRetaining(int publishedEvents) {
        return Option.some(new HazelcastRooms(
                SharedCluster.get().member(0),
                HazelcastRooms.DEFAULT_MAP + "-" + UUID.randomUUID(),
                HazelcastRooms.DEFAULT_IDEMPOTENCY_WINDOW,
                publishedEvents));
    }
}
