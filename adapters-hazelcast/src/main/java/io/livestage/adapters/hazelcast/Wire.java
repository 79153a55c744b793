package io.livestage.adapters.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.vavr.collection.Vector;
import java.io.IOException;

/** Lists of JSON documents in Hazelcast's binary streams: a count, then each document. */
final class Wire {

    private Wire() {}

    static void writeStrings(ObjectDataOutput out, Vector<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeString(string);
        }
    }

    static Vector<String> readStrings(ObjectDataInput in) throws IOException {
        int size = in.readInt();
        String[] read = new String[size];
        for (int i = 0; i < size; i++) {
            read[i] = in.readString();
        }
        return Vector.of(read);
    }
}
