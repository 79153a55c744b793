package io.livestage.adapters.hazelcast;

import java.util.Map;

/** A map entry as a processor sees it at the partition's owner, counting the writes it receives. */
final class TestEntry implements Map.Entry<String, RoomEntry> {

    private RoomEntry value;
    int writes;

    TestEntry(RoomEntry value) {
        this.value = value;
    }

    @Override
    public String getKey() {
        return "room";
    }

    @Override
    public RoomEntry getValue() {
        return value;
    }

    @Override
    public RoomEntry setValue(RoomEntry next) {
        RoomEntry old = value;
        value = next;
        writes++;
        return old;
    }
}
