package io.livestage.adapters.hazelcast.testing;

/**
 * Two members shared by the contract suites of this module's test run (each case uses structures of its own names):
 * started once, on first use, so the suites pay for one cluster start. Processors and feeds cross between the two
 * members, so every contract case also exercises serialization.
 */
public final class SharedCluster {

    private SharedCluster() {}

    public static TestCluster get() {
        return Holder.CLUSTER;
    }

    private static final class Holder {
        static final TestCluster CLUSTER = TestCluster.start(2);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(CLUSTER::close));
        }
    }
}
