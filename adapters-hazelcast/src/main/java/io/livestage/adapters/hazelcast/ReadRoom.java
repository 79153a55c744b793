package io.livestage.adapters.hazelcast;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a room at the partition's owner: what changed since the version the reading member already decoded (or
 * everything, if it decoded nothing or the entry is not a continuation of it), and optionally one idempotency record.
 *
 * <p>A read may be a <b>barrier</b>: it sets the entry to itself, so its reply waits for the backup's acknowledgement
 * like a write. Backups of a partition are applied in order, so once the reply arrives every write it reflects is on
 * the backup too: nothing read so can be lost with the owner. Without it a reader could act on a save the owner
 * applied but had not yet copied (publish its events, or answer a retry with its outcome), and then see another event
 * take that sequence number on the new owner. A read that only leads to a decision needs no barrier: a save decided
 * on a lost write meets a conflict at the new owner.
 */
final class ReadRoom implements EntryProcessor<String, RoomEntry, RoomDelta>, DataSerializable {

    private long knownVersion;
    private long knownSequence;
    private String key;
    private boolean barrier;

    ReadRoom() {}

    /**
     * @param knownVersion the version the reader decoded, 0 for none
     * @param knownSequence the last sequence of that version
     * @param key the idempotency key to look up, or null
     * @param barrier whether the reply waits until what it reflects is on the backup
     */
    ReadRoom(long knownVersion, long knownSequence, String key, boolean barrier) {
        this.knownVersion = knownVersion;
        this.knownSequence = knownSequence;
        this.key = key;
        this.barrier = barrier;
    }

    @Override
    public RoomDelta process(Map.Entry<String, RoomEntry> entry) {
        RoomEntry room = entry.getValue();
        if (room == null) {
            return RoomDelta.ABSENT;
        }
        if (barrier) {
            entry.setValue(room);
        }
        boolean continues = knownVersion > 0 && room.version() >= knownVersion && room.lastSequence() >= knownSequence;
        long after = continues ? knownSequence : 0;
        Option<String> record = key == null ? Option.none() : room.record(key);
        return new RoomDelta(room.version(), room.publishedUpTo(), after, room.eventsAfter(after), record);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeLong(knownVersion);
        out.writeLong(knownSequence);
        out.writeString(key);
        out.writeBoolean(barrier);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        knownVersion = in.readLong();
        knownSequence = in.readLong();
        key = in.readString();
        barrier = in.readBoolean();
    }
}
