package io.livestage.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.StageDecider;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.AddressedEvent;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.domain.view.StageView;
import io.livestage.tck.conformance.ExpectedDelivery;
import io.livestage.tck.conformance.Vectors;
import io.livestage.wire.vector.Expectation;
import io.livestage.wire.vector.ExpectedEvent;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorGroup;
import io.livestage.wire.vector.VectorStep;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every checked-in vector, as decoded from its file, replayed through the pure decider: each rejection, each event
 * with its resolved recipients and every recipient's copy, and every final stage view. What a port in another
 * language must reproduce, checked here against the reference itself. (The facade runs the same vectors in {@code
 * adapters-inmemory}'s {@code InMemoryConformanceTest}.)
 */
class VectorsAgreeWithTheDeciderTest {

    @TestFactory
    Stream<DynamicTest> everyCaseReplaysThroughTheDecider() {
        var files = Vectors.rules();
        assertThat(files).as("vector files").isNotEmpty();
        return files.toJavaStream()
                .flatMap(file -> file._2
                        .cases()
                        .toJavaStream()
                        .map(vector -> DynamicTest.dynamicTest(
                                file._1 + ": " + vector.description(), () -> replay(file._2, vector))));
    }

    private static void replay(VectorGroup group, VectorCase vector) {
        Option<Room> state = StageDecider.initialState();
        Seq<VectorStep> steps = group.given().appendAll(vector.steps());
        for (VectorStep step : steps) {
            state = check(vector.description() + ", command " + step.command().id(), step, state);
        }
        for (var view : vector.views()) {
            UserId user = view._1;
            assertThat(state.map(room -> StageView.of(room, user)))
                    .as("%s: the view of %s", vector.description(), user)
                    .contains(view._2);
        }
    }

    private static Option<Room> check(String what, VectorStep step, Option<Room> state) {
        Either<Rejection, Transition> decision = StageDecider.handle(step.command(), state);
        if (step.expect() instanceof Expectation.Rejected rejected) {
            assertThat(decision.swap().toOption()).as("%s: the rejection", what).contains(rejected.rejection());
            return state;
        }
        assertThat(decision.isRight())
                .as("%s: accepted, was %s", what, decision)
                .isTrue();
        Seq<AddressedEvent> events = decision.get().events();
        Seq<ExpectedEvent> expected = ((Expectation.Accepted) step.expect()).events();
        assertThat(events.map(AddressedEvent::event))
                .as("%s: the events", what)
                .containsExactlyElementsOf(expected.map(ExpectedEvent::event));
        events.zip(expected)
                .forEach(pair -> ExpectedDelivery.check(what, pair._1.event(), pair._1.audience(), pair._2));
        return decision.get().after();
    }
}
