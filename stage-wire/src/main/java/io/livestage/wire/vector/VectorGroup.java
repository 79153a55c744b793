package io.livestage.wire.vector;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One file of rule vectors: cases about one subject (a command, a recipient rule, a generated history), which may
 * share the steps that set up their situation.
 *
 * @param description what the cases have in common
 * @param given steps every case starts with, checked like the case's own (often empty); each case starts with no
 *     room, plays these, then its own steps
 * @param cases the cases, each independent of the others
 */
public record VectorGroup(String description, Seq<VectorStep> given, Seq<VectorCase> cases) {

    public VectorGroup {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(cases, "cases");
    }

    /** Cases that share no steps. */
    public VectorGroup(String description, Seq<VectorCase> cases) {
        this(description, io.vavr.collection.Vector.empty(), cases);
    }
}
