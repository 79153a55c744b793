package io.livestage.adapters.hazelcast;

import io.livestage.adapters.hazelcast.testing.Eventually;
import io.livestage.adapters.hazelcast.testing.SharedCluster;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.publish.Delivery;
import io.livestage.tck.EventPublisherContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * {@link HazelcastEventBus} keeps every promise of the publisher port across members: the suite publishes on one
 * member and each inbox subscribes on the other, so every delivery has crossed the cluster.
 */
class HazelcastEventBusContractTest extends EventPublisherContract<HazelcastEventBus> {

    private final Map<HazelcastEventBus, HazelcastEventBus> otherMember = new IdentityHashMap<>();

    @Override
    protected HazelcastEventBus newPublisher() {
        String namespace = UUID.randomUUID().toString();
        HazelcastEventBus publisher = new HazelcastEventBus(SharedCluster.get().member(0), namespace);
        otherMember.put(publisher, new HazelcastEventBus(SharedCluster.get().member(1), namespace));
        return publisher;
    }

    @Override
    protected Inbox subscribe(HazelcastEventBus publisher, RoomId room, UserId user) {
        HazelcastEventBus subscriberSide = otherMember.get(publisher);
        List<Delivery> received = Collections.synchronizedList(new ArrayList<>());
        subscriberSide.subscribe(room, user, 0, received::add);
        return () -> {
            Eventually.holds("the other member read the feed of " + room, () -> subscriberSide.caughtUp(room));
            synchronized (received) {
                return List.copyOf(received);
            }
        };
    }

    @AfterEach
    void closeBuses() {
        otherMember.forEach((publisher, subscriberSide) -> {
            publisher.close();
            subscriberSide.close();
        });
    }
}
