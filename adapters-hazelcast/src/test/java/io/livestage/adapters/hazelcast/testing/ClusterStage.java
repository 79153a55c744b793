package io.livestage.adapters.hazelcast.testing;

import io.livestage.adapters.hazelcast.HazelcastDeadlines;
import io.livestage.adapters.hazelcast.HazelcastEventBus;
import io.livestage.adapters.hazelcast.HazelcastRooms;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A livestage deployment on a test cluster: on each member a store, a bus and deadlines over the same cluster
 * structures (names unique to this deployment), and a {@link StageService} wired from them, as an application would
 * run one service per node.
 */
public final class ClusterStage implements AutoCloseable {

    private final TestCluster cluster;
    private final String name;
    private final List<Node> nodes = new ArrayList<>();

    /** One livestage node on one member. */
    public record Node(
            HazelcastRooms rooms, HazelcastEventBus bus, HazelcastDeadlines deadlines, StageService service) {}

    public ClusterStage(TestCluster cluster, InstantSource clock) {
        this.cluster = cluster;
        this.name = UUID.randomUUID().toString();
        for (int i = 0; i < cluster.size(); i++) {
            var member = cluster.member(i);
            var rooms = new HazelcastRooms(
                    member,
                    HazelcastRooms.DEFAULT_MAP + "-" + name,
                    HazelcastRooms.DEFAULT_IDEMPOTENCY_WINDOW,
                    HazelcastRooms.DEFAULT_RETAINED_EVENTS);
            var bus = new HazelcastEventBus(member, name);
            var deadlines = new HazelcastDeadlines(
                    member, HazelcastDeadlines.DEFAULT_MAP + "-" + name, clock, Duration.ofMillis(20));
            var service =
                    new StageService(rooms, bus, clock, new MemberIds("m" + i), deadlines, ServiceSettings.DEFAULTS);
            deadlines.adopt(service::fire);
            nodes.add(new Node(rooms, bus, deadlines, service));
        }
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public TestCluster cluster() {
        return cluster;
    }

    /** The map of this deployment's deadlines. */
    public String deadlinesMap() {
        return HazelcastDeadlines.DEFAULT_MAP + "-" + name;
    }

    @Override
    public void close() {
        nodes.forEach(node -> {
            node.bus().close();
            node.deadlines().close();
        });
    }
}
