package io.livestage.adapters.hazelcast;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Map;

/**
 * One save, run at the partition's owner (and again at the backup, on the same entry, with the same result): the
 * room's single writer. In this order: a save the entry already holds (the cluster retried it after losing a member,
 * recognised by its token) is answered saved again; a known key wins over a stale version ({@code Duplicate}); a
 * stale version writes nothing ({@code Conflict}); otherwise events, record and version are written as one new value.
 */
final class SaveRoom implements EntryProcessor<String, RoomEntry, SaveReply>, DataSerializable {

    private long expectedVersion;
    private String token;
    private long firstSequence;
    private Vector<String> events;
    private String key;
    private String record;
    private int keyWindow;

    SaveRoom() {}

    SaveRoom(
            long expectedVersion,
            String token,
            long firstSequence,
            Vector<String> events,
            Option<RoomEntry.KeyedRecord> record,
            int keyWindow) {
        this.expectedVersion = expectedVersion;
        this.token = token;
        this.firstSequence = firstSequence;
        this.events = events;
        this.key = record.map(RoomEntry.KeyedRecord::key).getOrNull();
        this.record = record.map(RoomEntry.KeyedRecord::json).getOrNull();
        this.keyWindow = keyWindow;
    }

    @Override
    public SaveReply process(Map.Entry<String, RoomEntry> entry) {
        RoomEntry room = entry.getValue() == null ? RoomEntry.EMPTY : entry.getValue();
        if (room.savedWith(expectedVersion + 1, token)) {
            return SaveReply.saved(expectedVersion + 1);
        }
        Option<String> earlier = key == null ? Option.none() : room.record(key);
        if (earlier.isDefined()) {
            return SaveReply.duplicate(earlier.get());
        }
        if (room.version() != expectedVersion) {
            return SaveReply.conflict(room.version());
        }
        if (!events.isEmpty() && firstSequence != room.lastSequence() + 1) {
            throw new IllegalArgumentException("events of version " + (expectedVersion + 1) + " start at "
                    + firstSequence + ", the room is at sequence " + room.lastSequence());
        }
        Option<RoomEntry.KeyedRecord> keyed =
                key == null ? Option.none() : Option.some(new RoomEntry.KeyedRecord(key, record));
        RoomEntry saved = room.saved(token, events, keyed, keyWindow);
        entry.setValue(saved);
        return SaveReply.saved(saved.version());
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeLong(expectedVersion);
        out.writeString(token);
        out.writeLong(firstSequence);
        Wire.writeStrings(out, events);
        out.writeString(key);
        out.writeString(record);
        out.writeInt(keyWindow);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        expectedVersion = in.readLong();
        token = in.readString();
        firstSequence = in.readLong();
        events = Wire.readStrings(in);
        key = in.readString();
        record = in.readString();
        keyWindow = in.readInt();
    }
}
