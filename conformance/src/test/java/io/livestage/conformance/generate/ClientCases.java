package io.livestage.conformance.generate;

import io.livestage.wire.vector.ClientVectorGroup;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

final class ClientCases {

    private ClientCases() {}

    static Seq<Tuple2<String, ClientVectorGroup>> groups() {
        return Vector.empty();
    }
}
