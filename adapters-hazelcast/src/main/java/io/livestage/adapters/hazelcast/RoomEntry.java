package io.livestage.adapters.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;

/**
 * What the cluster holds for one room, as the value of its entry in the rooms map: the version, the room's whole event
 * history as {@code StageJson} documents (the state is its fold: see decision 0012), how far the outbox has been
 * published, the idempotency window (key to record, oldest first) and the tokens of the latest saves (so that a save
 * the cluster retries after losing a member is recognised instead of applied twice).
 *
 * <p>Immutable: each change is a new value set on the entry by a processor at the partition's owner, so nothing else
 * ever sees it half-changed. Persistent collections keep a change O(log n).
 */
final class RoomEntry implements DataSerializable {

    /** How many saves back a retried save is still recognised by its token. */
    static final int TOKENS_KEPT = 64;

    static final RoomEntry EMPTY = new RoomEntry(0, Vector.empty(), 0, LinkedHashMap.empty(), Vector.empty());

    private long version;
    private Vector<String> events;
    private long publishedUpTo;
    private LinkedHashMap<String, String> keys;
    private Vector<String> tokens;

    /** For Hazelcast's deserialization only. */
    RoomEntry() {}

    RoomEntry(
            long version,
            Vector<String> events,
            long publishedUpTo,
            LinkedHashMap<String, String> keys,
            Vector<String> tokens) {
        this.version = version;
        this.events = events;
        this.publishedUpTo = publishedUpTo;
        this.keys = keys;
        this.tokens = tokens;
    }

    long version() {
        return version;
    }

    /** The sequence of the latest event; 0 if none. */
    long lastSequence() {
        return events.size();
    }

    long publishedUpTo() {
        return publishedUpTo;
    }

    /** Events after {@code sequence}, as stored. */
    Vector<String> eventsAfter(long sequence) {
        return sequence >= events.size() ? Vector.empty() : events.drop((int) Math.max(0, sequence));
    }

    Option<String> record(String key) {
        return keys.get(key);
    }

    /** Whether the save that produced {@code version} carried {@code token}. */
    boolean savedWith(long version, String token) {
        long index = tokens.size() - 1 - (this.version - version);
        return index >= 0 && index < tokens.size() && tokens.get((int) index).equals(token);
    }

    /** The entry after one more save. */
    RoomEntry saved(String token, Vector<String> newEvents, Option<KeyedRecord> record, int keyWindow) {
        LinkedHashMap<String, String> nextKeys = keys;
        if (record.isDefined()) {
            nextKeys = nextKeys.put(record.get().key(), record.get().json());
            while (nextKeys.size() > keyWindow) {
                nextKeys = nextKeys.tail();
            }
        }
        Vector<String> nextTokens = tokens.append(token);
        if (nextTokens.size() > TOKENS_KEPT) {
            nextTokens = nextTokens.tail();
        }
        return new RoomEntry(version + 1, events.appendAll(newEvents), publishedUpTo, nextKeys, nextTokens);
    }

    /** The entry with its outbox published up to {@code sequence}; never backwards, never beyond the last event. */
    RoomEntry published(long sequence) {
        long next = Math.min(sequence, lastSequence());
        return next <= publishedUpTo ? this : new RoomEntry(version, events, next, keys, tokens);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeLong(version);
        out.writeLong(publishedUpTo);
        Wire.writeStrings(out, events);
        out.writeInt(keys.size());
        for (var key : keys) {
            out.writeString(key._1);
            out.writeString(key._2);
        }
        Wire.writeStrings(out, tokens);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        version = in.readLong();
        publishedUpTo = in.readLong();
        events = Wire.readStrings(in);
        int size = in.readInt();
        LinkedHashMap<String, String> read = LinkedHashMap.empty();
        for (int i = 0; i < size; i++) {
            read = read.put(in.readString(), in.readString());
        }
        keys = read;
        tokens = Wire.readStrings(in);
    }

    /**
     * An idempotency record on its way into the entry.
     *
     * @param key the client's key
     * @param json the record, as {@link StoredJson} writes it
     */
    record KeyedRecord(String key, String json) {}
}
