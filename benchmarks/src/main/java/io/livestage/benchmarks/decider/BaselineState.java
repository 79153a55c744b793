package io.livestage.benchmarks.decider;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.BaselineAma;
import io.livestage.benchmarks.baseline.CopyOnWriteStage;
import io.livestage.benchmarks.baseline.MutableStage;
import io.livestage.benchmarks.baseline.Stage;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/** A baseline's AMA room and the pool of users a benchmark rotates through. */
public abstract class BaselineState extends Sized {

    Stage stage;
    String[] users;
    private int next;

    /** Whether this is the copy-on-write baseline (else the mutable one). */
    abstract boolean copyOnWrite();

    /** The users the benchmark's commands rotate through. */
    abstract List<String> pool(AmaCast cast);

    @Setup(Level.Trial)
    public void build() {
        AmaCast cast = new AmaCast(participants);
        stage = copyOnWrite()
                ? new CopyOnWriteStage(BaselineAma.build(cast))
                : new MutableStage(BaselineAma.build(cast));
        users = pool(cast).toArray(String[]::new);
    }

    String next() {
        String user = users[next];
        if (++next == users.length) {
            next = 0;
        }
        return user;
    }
}
