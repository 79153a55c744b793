/**
 * livestage on a Hazelcast cluster: rooms in a partitioned map with backups (written only by processors at each
 * partition's owner), feeds fanned out across members through a ringbuffer per room, deadlines kept in the cluster and
 * swept by their partition's owner. Apache-2.0 Hazelcast only: no CP subsystem.
 */
module io.livestage.adapters.hazelcast {
    requires transitive io.livestage.ports;
    requires transitive com.hazelcast.core;
    requires io.livestage.wire;
    requires com.fasterxml.jackson.databind;

    exports io.livestage.adapters.hazelcast;

    // Hazelcast makes the processors and values it receives by reflection.
    opens io.livestage.adapters.hazelcast to
            com.hazelcast.core;
}
