package io.livestage.benchmarks.memory;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.benchmarks.baseline.CopyOnWriteStage;
import io.livestage.benchmarks.baseline.MutableStage;
import io.livestage.benchmarks.baseline.RoomState;
import java.util.List;
import java.util.function.IntFunction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the bytes a room retains per audience member: the retained size (JOL's {@link GraphLayout}, everything
 * reachable from the room) of a room with 100,000 audience members, less that of the same room with none and with
 * 1,000, divided by the difference in members. Every member has a 12-character id and nothing else (no hand, no
 * question). The same for both baselines.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.livestage.benchmarks.memory.RetainedMemory}; add {@code
 * --footprint} to print, per class, what the 100,000 members add.
 */
public final class RetainedMemory {

    static final int LARGE = 100_000;
    static final List<Integer> SMALLER = List.of(0, 1_000);

    private RetainedMemory() {}

    public static void main(String[] args) {
        boolean footprint = List.of(args).contains("--footprint");
        // Records hide their field offsets from Unsafe; JOL finds them another way when asked to.
        System.setProperty("jol.magicFieldOffset", "true");
        System.out.println(org.openjdk.jol.vm.VM.current().details());
        report("livestage Room", members -> roomOf(members).room().get(), footprint);
        report("mutable baseline (lock + maps)", members -> new MutableStage(baselineOf(members)), footprint);
        report(
                "copy-on-write baseline (snapshot)",
                members -> new CopyOnWriteStage(baselineOf(members)).snapshot(),
                footprint);
    }

    private static void report(String name, IntFunction<Object> room, boolean footprint) {
        GraphLayout large = GraphLayout.parseInstance(room.apply(LARGE));
        for (int smaller : SMALLER) {
            GraphLayout small = GraphLayout.parseInstance(room.apply(smaller));
            double perMember = (large.totalSize() - small.totalSize()) / (double) (LARGE - smaller);
            System.out.printf(
                    "%-36s %,9d members: %,12d B; %,6d members: %,10d B; retained per member: %.1f B%n",
                    name, LARGE, large.totalSize(), smaller, small.totalSize(), perMember);
            if (footprint && smaller == 0) {
                System.out.println(large.subtract(small).toFootprint());
            }
        }
    }

    /** The room with its host and {@code members} audience members who only joined. */
    static LiveStageAma roomOf(int members) {
        LiveStageAma ama = LiveStageAma.opened(false);
        for (int i = 0; i < members; i++) {
            ama.apply(ama.joining(member(i)));
        }
        return ama;
    }

    static RoomState baselineOf(int members) {
        RoomState room = BaselineAma.empty();
        BaselineAma.accepted(room.join(AmaCast.HOST, AmaCast.BUILT_AT), "host joins");
        for (int i = 0; i < members; i++) {
            BaselineAma.accepted(room.join(member(i), AmaCast.BUILT_AT), "member joins");
        }
        return room;
    }

    static String member(int i) {
        return String.format("aud-%08d", i);
    }
}
