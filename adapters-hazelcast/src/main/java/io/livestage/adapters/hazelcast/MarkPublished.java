package io.livestage.adapters.hazelcast;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.Map;

/** Moves a room's published mark forward at the partition's owner; backwards, or for a room never saved, a no-op. */
final class MarkPublished implements EntryProcessor<String, RoomEntry, Void>, DataSerializable {

    private long sequence;

    MarkPublished() {}

    MarkPublished(long sequence) {
        this.sequence = sequence;
    }

    @Override
    public Void process(Map.Entry<String, RoomEntry> entry) {
        RoomEntry room = entry.getValue();
        if (room != null) {
            RoomEntry marked = room.published(sequence);
            if (marked != room) {
                entry.setValue(marked);
            }
        }
        return null;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeLong(sequence);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        sequence = in.readLong();
    }
}
