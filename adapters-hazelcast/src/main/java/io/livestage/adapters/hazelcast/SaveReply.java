package io.livestage.adapters.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;

/** The reply to a {@link SaveRoom}: saved at a version, in conflict with a version, or the duplicate of a record. */
final class SaveReply implements DataSerializable {

    enum Kind {
        SAVED,
        CONFLICT,
        DUPLICATE
    }

    private Kind kind;
    private long version;
    private String record;

    SaveReply() {}

    private SaveReply(Kind kind, long version, String record) {
        this.kind = kind;
        this.version = version;
        this.record = record;
    }

    static SaveReply saved(long version) {
        return new SaveReply(Kind.SAVED, version, null);
    }

    static SaveReply conflict(long actualVersion) {
        return new SaveReply(Kind.CONFLICT, actualVersion, null);
    }

    static SaveReply duplicate(String record) {
        return new SaveReply(Kind.DUPLICATE, 0, record);
    }

    Kind kind() {
        return kind;
    }

    long version() {
        return version;
    }

    String record() {
        return record;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(kind.ordinal());
        out.writeLong(version);
        out.writeString(record);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        kind = Kind.values()[in.readInt()];
        version = in.readLong();
        record = in.readString();
    }
}
