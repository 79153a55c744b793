package io.livestage.adapters.hazelcast.testing;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.livestage.adapters.hazelcast.HazelcastSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Embedded Hazelcast members in this JVM, joined by TCP-IP on loopback (no multicast), on ports found free now, under
 * a cluster name of their own, so tests running at the same time on one machine never meet.
 */
public final class TestCluster implements AutoCloseable {

    private final List<HazelcastInstance> members;

    private TestCluster(List<HazelcastInstance> members) {
        this.members = members;
    }

    /** Starts {@code size} members and waits until each sees all of them. */
    public static TestCluster start(int size) {
        String name = "livestage-test-" + UUID.randomUUID();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ports.add(freePort());
        }
        List<HazelcastInstance> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // One after another, each listing the members before it and itself: the first is the master at once, and
            // nobody waits on a port where no member listens yet.
            members.add(Hazelcast.newHazelcastInstance(config(name, ports.get(i), ports.subList(0, i + 1))));
        }
        TestCluster cluster = new TestCluster(members);
        Eventually.holds(
                "every member sees " + size + " members",
                () -> members.stream().allMatch(m -> m.getCluster().getMembers().size() == size));
        return cluster;
    }

    public HazelcastInstance member(int index) {
        return members.get(index);
    }

    public int size() {
        return members.size();
    }

    /** Kills a member as a crash would: no graceful hand-over of its partitions. */
    public void terminate(int index) {
        members.get(index).getLifecycleService().terminate();
    }

    @Override
    public void close() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }

    private static Config config(String name, int port, List<Integer> ports) {
        Config config = HazelcastSetup.configure(new Config());
        config.setClusterName(name);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.partition.count", "31");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getJetConfig().setEnabled(false);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false).setPublicAddress("127.0.0.1:" + port);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(1);
        for (int member : ports) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + member);
        }
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException unavailable) {
            throw new UncheckedIOException(unavailable);
        }
    }
}
