package io.livestage.wire.vector;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One file of client vectors: cases about what a client's mirror of the room does with the deliveries it receives.
 *
 * @param description what the cases have in common
 * @param cases independent cases, each starting with a fresh mirror
 */
public record ClientVectorGroup(String description, Seq<ClientCase> cases) {

    public ClientVectorGroup {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cases, "cases");
    }
}
