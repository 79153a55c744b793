package io.livestage.conformance.generate;

import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.properties.Histories;
import io.livestage.domain.properties.Histories.History;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorGroup;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * Longer histories drawn from the domain's own property generator with fixed seeds: every command kind, mixed and
 * interleaved the way the properties exercise the rules, rejections included. A seed and a count name each file, so
 * the same histories come back on every run.
 */
final class RandomHistories {

    static final int FILES = 6;
    static final int PER_FILE = 10;
    private static final long FIRST_SEED = 20261206L;

    private RandomHistories() {}

    static Seq<Tuple2<String, VectorGroup>> groups() {
        return Vector.range(0, FILES).map(file -> {
            long seed = FIRST_SEED + file;
            Seq<VectorCase> cases = draw(seed)
                    .zipWithIndex()
                    .map(history -> asCase(history._1, "generated history " + (history._2 + 1) + " of seed " + seed));
            return Tuple.of(
                    String.format("histories-%02d", file + 1),
                    new VectorGroup("generated histories, seed " + seed + " (the domain's property generator)", cases));
        });
    }

    private static Seq<History> draw(long seed) {
        List<History> drawn = new ArrayList<>();
        qt().withFixedSeed(seed)
                .withExamples(PER_FILE)
                .withShrinkCycles(0)
                .forAll(Histories.histories())
                .check(history -> drawn.add(history));
        return Vector.ofAll(drawn);
    }

    private static VectorCase asCase(History history, String description) {
        Script script = Script.nothing().withCast(Histories.users().toJavaArray(io.livestage.domain.id.UserId[]::new));
        for (History.Turn turn : history.turns()) {
            script = script.command(turn.command());
        }
        return script.as(description);
    }
}
