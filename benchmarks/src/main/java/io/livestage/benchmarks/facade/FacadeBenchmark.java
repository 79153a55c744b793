package io.livestage.benchmarks.facade;

import io.livestage.benchmarks.AmaCast;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full path of a command: text ids in, room loaded, decided, saved, events published to the subscribed users
 * (the host, the co-hosts and every free member of the room, each counting what it receives). livestage runs its
 * {@code StageService} on the in-memory adapters (store with outbox, event bus with per-user feeds, manual clock,
 * sequential ids); the baselines their room behind the service a team would write ({@link BaselineFacade}).
 *
 * <p>Each operation is one command: a free member raises a hand, the next operation withdraws it, then the next member
 * (rotating through up to 1,024); each hand event reaches the host, the two co-hosts and the member. Rooms hold {@code
 * participants} people (AMA of {@link AmaCast}).
 *
 * <ul>
 *   <li>{@code oneThread}: one thread, its own room.
 *   <li>{@code twoThreadsDistinctRooms}: two threads, each on its own room, one service.
 *   <li>{@code twoThreadsOneRoom}: two threads on the same room, each with half of the free members.
 * </ul>
 *
 * Each thread drives its workload for three seconds in setup, before JMH's warmup (see {@link Turns#prewarm}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FacadeBenchmark {

    /** How long each thread drives its workload in setup, before JMH's own warmup. */
    static final long PREWARM_NANOS = TimeUnit.SECONDS.toNanos(3);

    @State(Scope.Benchmark)
    public static class Service {
        @Param({"livestage", "mutable", "copyOnWrite"})
        public String implementation;

        @Param({"1000"})
        public int roomSize;

        HandFacade facade;
        AmaCast cast;
        final AtomicInteger seats = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() {
            facade = HandFacade.of(implementation);
            cast = new AmaCast(roomSize);
        }

        @TearDown(Level.Trial)
        public void check() {
            if (facade.deliveries() == 0) {
                throw new IllegalStateException("nothing was delivered");
            }
        }
    }

    /** A thread's turn through its users: raise, withdraw, next user. */
    public abstract static class Turns {
        String target;
        String[] users;
        int next;
        boolean raised;

        boolean step(HandFacade facade) {
            String user = users[next];
            boolean accepted;
            if (raised) {
                accepted = facade.lowerHand(target, user);
                if (++next == users.length) {
                    next = 0;
                }
            } else {
                accepted = facade.raiseHand(target, user);
            }
            raised = !raised;
            if (!accepted) {
                throw new IllegalStateException("the hand workload went wrong for " + user);
            }
            return accepted;
        }

        /**
         * Drives the workload for {@link #PREWARM_NANOS} before measuring. The facade's call graph is large: on two
         * shared cores the JIT takes longer to compile it than a quick run's warmup lasts. Leaves every hand down.
         */
        void prewarm(HandFacade facade) {
            long until = System.nanoTime() + PREWARM_NANOS;
            while (System.nanoTime() < until) {
                step(facade);
                step(facade);
            }
        }
    }

    @State(Scope.Thread)
    public static class OwnRoom extends Turns {
        @Setup(Level.Trial)
        public void open(Service service) {
            int seat = service.seats.getAndIncrement();
            target = service.facade.open(String.format("room-%07d", seat), service.cast);
            users = service.cast.free().toArray(String[]::new);
            prewarm(service.facade);
        }
    }

    @State(Scope.Benchmark)
    public static class SharedRoom {
        String target;

        @Setup(Level.Trial)
        public void open(Service service) {
            target = service.facade.open("shared-00001", service.cast);
        }
    }

    @State(Scope.Thread)
    public static class HalfOfSharedRoom extends Turns {
        @Setup(Level.Trial)
        public void take(Service service, SharedRoom room) {
            int half = service.seats.getAndIncrement() % 2;
            List<String> free = service.cast.free();
            target = room.target;
            users = java.util.stream.IntStream.range(0, free.size())
                    .filter(i -> i % 2 == half)
                    .mapToObj(free::get)
                    .toArray(String[]::new);
            prewarm(service.facade);
        }
    }

    @Benchmark
    @Threads(1)
    public boolean oneThread(Service service, OwnRoom room) {
        return room.step(service.facade);
    }

    @Benchmark
    @Threads(2)
    public boolean twoThreadsDistinctRooms(Service service, OwnRoom room) {
        return room.step(service.facade);
    }

    @Benchmark
    @Threads(2)
    public boolean twoThreadsOneRoom(Service service, HalfOfSharedRoom half) {
        return half.step(service.facade);
    }
}
