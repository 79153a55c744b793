package io.livestage.adapters.hazelcast;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.util.Map;

/**
 * Whether a room's outbox holds events, asked of every entry where it lives. Read-only: it may see a save not yet
 * backed up, which is harmless, since the outbox it leads to is read again through a {@link ReadRoom} barrier.
 */
final class HasUnpublished implements EntryProcessor<String, RoomEntry, Boolean>, ReadOnly, DataSerializable {

    HasUnpublished() {}

    @Override
    public Boolean process(Map.Entry<String, RoomEntry> entry) {
        RoomEntry room = entry.getValue();
        return room != null && room.publishedUpTo() < room.lastSequence();
    }

    @Override
    public EntryProcessor<String, RoomEntry, Boolean> getBackupProcessor() {
        return null;
    }

    @Override
    public void writeData(ObjectDataOutput out) {}

    @Override
    public void readData(ObjectDataInput in) {}
}
