package io.livestage.adapters.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;

/**
 * The reply to a {@link ReadRoom}: the room's version and published mark now, the events after {@code after} (the
 * reader's known sequence, or 0 for the whole history), and the record of the key asked about.
 */
final class RoomDelta implements DataSerializable {

    static final RoomDelta ABSENT = new RoomDelta(0, 0, 0, Vector.empty(), Option.none());

    private long version;
    private long publishedUpTo;
    private long after;
    private Vector<String> events;
    private Option<String> record;

    RoomDelta() {}

    RoomDelta(long version, long publishedUpTo, long after, Vector<String> events, Option<String> record) {
        this.version = version;
        this.publishedUpTo = publishedUpTo;
        this.after = after;
        this.events = events;
        this.record = record;
    }

    long version() {
        return version;
    }

    long publishedUpTo() {
        return publishedUpTo;
    }

    /** The sequence the events follow: the reader's known sequence, or 0 when they are the whole history. */
    long after() {
        return after;
    }

    Vector<String> events() {
        return events;
    }

    Option<String> record() {
        return record;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeLong(version);
        out.writeLong(publishedUpTo);
        out.writeLong(after);
        Wire.writeStrings(out, events);
        out.writeString(record.getOrNull());
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        version = in.readLong();
        publishedUpTo = in.readLong();
        after = in.readLong();
        events = Wire.readStrings(in);
        record = Option.of(in.readString());
    }
}
