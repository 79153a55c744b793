package io.livestage.adapters.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import io.vavr.collection.Vector;
import java.io.IOException;

/**
 * One envelope in a room's feed: the stored event as {@code StageJson} writes it, and its audience written out as
 * user ids (a member delivering it may not hold the room's state to resolve the audience against). O(audience) in
 * size: a broadcast to a call of {@code n} carries {@code n} ids.
 */
final class FeedItem implements DataSerializable {

    private String event;
    private Vector<String> audience;

    FeedItem() {}

    FeedItem(String event, Vector<String> audience) {
        this.event = event;
        this.audience = audience;
    }

    String event() {
        return event;
    }

    Vector<String> audience() {
        return audience;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeString(event);
        Wire.writeStrings(out, audience);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        event = in.readString();
        audience = Wire.readStrings(in);
    }
}
