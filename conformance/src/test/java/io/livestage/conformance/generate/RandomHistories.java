package io.livestage.conformance.generate;

import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.command.Command;
import io.livestage.domain.properties.Histories;
import io.livestage.domain.properties.Histories.History;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorGroup;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
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
        Vector<Tuple2<String, VectorGroup>> groups = Vector.empty();
        Set<Seq<Command>> seen = HashSet.empty();
        for (int file = 0; file < FILES; file++) {
            long seed = FIRST_SEED + file;
            Vector<VectorCase> cases = Vector.empty();
            for (History history : draw(seed)) {
                Seq<Command> commands = history.turns().map(History.Turn::command);
                if (cases.size() < PER_FILE && !seen.contains(commands)) {
                    seen = seen.add(commands);
                    cases = cases.append(
                            asCase(history, "generated history " + (cases.size() + 1) + " of seed " + seed));
                }
            }
            groups = groups.append(Tuple.of(
                    String.format("histories-%02d", file + 1),
                    new VectorGroup(
                            "generated histories, seed " + seed + " (the domain's property generator)", cases)));
        }
        return groups;
    }

    /**
     * The histories QuickTheories draws for a seed. It starts every seed with the same simplest examples, and may
     * draw fewer than asked; {@link #groups} keeps the first {@link #PER_FILE} not seen in an earlier file.
     */
    private static Seq<History> draw(long seed) {
        List<History> drawn = new ArrayList<>();
        qt().withFixedSeed(seed)
                .withExamples(3 * PER_FILE)
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
