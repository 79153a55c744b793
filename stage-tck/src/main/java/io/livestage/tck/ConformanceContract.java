package io.livestage.tck;

import io.livestage.ports.store.RoomStore;
import io.livestage.tck.conformance.FacadeRun;
import io.livestage.tck.conformance.Vectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance vectors ({@code conformance/vectors/}) through a facade on an adapter's store: every adapter's test
 * extends this class and implements {@link #newStore()}, and every case of every vector file becomes a test named
 * after its file and description. What is checked is in {@link FacadeRun}.
 */
public abstract class ConformanceContract {

    /**
     * A new, empty store with the adapter's default settings. Called once per case (several hundred times per run),
     * so an adapter backed by a server should hand out a cheap fresh store (a new schema or truncated tables) rather
     * than start a server each time.
     */
    protected abstract RoomStore newStore();

    @TestFactory
    Stream<DynamicTest> everyVectorThroughTheFacade() {
        var files = Vectors.rules();
        if (files.isEmpty()) {
            throw new AssertionError("no vector files under " + Vectors.kit().resolve("vectors"));
        }
        return files.toJavaStream()
                .flatMap(file -> file._2
                        .cases()
                        .toJavaStream()
                        .map(vector -> DynamicTest.dynamicTest(
                                file._1 + ": " + vector.description(),
                                () -> FacadeRun.play(file._2, vector, newStore()))));
    }
}
