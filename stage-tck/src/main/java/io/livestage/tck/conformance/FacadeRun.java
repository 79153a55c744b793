package io.livestage.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.RoomStore;
import io.livestage.wire.StageJson;
import io.livestage.wire.vector.Expectation;
import io.livestage.wire.vector.ExpectedEvent;
import io.livestage.wire.vector.VectorCase;
import io.livestage.wire.vector.VectorGroup;
import io.livestage.wire.vector.VectorStep;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays one rule vector through the public facade, a {@link StageService} on the store given, and checks every step
 * as a port must match it: the rejection (code, typed fields and, here, the message), or the events in order, each
 * published once with its resolved recipients and each recipient's copy; the room's log as every user of the case
 * reads it back ({@code eventsSince}); and at the end every user's stage view.
 *
 * <p>The vector's command ids and times reach the service through its {@link io.livestage.ports.ids.IdSource} and
 * clock; its deadline commands are fired with {@link StageService#fire}, as a scheduler would. The service's own
 * deadline port records nothing: when deadlines fire is the vectors' business, so every run is deterministic. A
 * step the facade cannot express (a user issuing a deadline's command, which histories try and the rules refuse) is
 * checked to be a rejection and skipped.
 */
public final class FacadeRun {

    private final VectorCase vector;
    private final Seq<VectorStep> steps;
    private final StepClock clock = new StepClock();
    private final StepIds ids = new StepIds();
    private final CopyOnWriteArrayList<EventEnvelope> published = new CopyOnWriteArrayList<>();
    private final StageService stage;
    private final RoomId room;
    private final Set<UserId> cast;

    private FacadeRun(VectorGroup group, VectorCase vector, RoomStore store) {
        this.vector = vector;
        this.steps = group.given().appendAll(vector.steps());
        this.stage = new StageService(
                store, published::add, clock, ids, (deadline, handler) -> {}, ServiceSettings.DEFAULTS);
        this.room = steps.head().command().intent().room();
        this.cast = castOf(steps).addAll(vector.views().keySet());
    }

    /**
     * Plays the group's {@code given} steps, then {@code vector}'s, on {@code store}, which must hold no room of the
     * vector's; fails at the first mismatch.
     */
    public static void play(VectorGroup group, VectorCase vector, RoomStore store) {
        new FacadeRun(group, vector, store).play();
    }

    private void play() {
        steps.zipWithIndex().forEach(step -> check(step._1, step._2 + 1));
        vector.views()
                .forEach((user, view) -> assertThat(stage.stageView(user, room).accepted())
                        .as("%s: the stage view of %s after the last step", vector.description(), user)
                        .contains(view));
    }

    private void check(VectorStep step, int number) {
        Command command = step.command();
        String what = vector.description() + ": step " + number + ", " + StageJson.encode(command);
        if (!FacadeCall.expressible(command)) {
            assertThat(step.expect())
                    .as("%s: the facade cannot send it; the rules must refuse it", what)
                    .isInstanceOf(Expectation.Rejected.class);
            return;
        }
        long before = sequence();
        published.clear();
        clock.set(command.at());
        ids.set(command.id());
        Outcome<?> outcome = FacadeCall.of(stage, command);
        if (step.expect() instanceof Expectation.Rejected rejected) {
            assertThat(outcome.rejected()).as("%s: the rejection", what).contains(rejected.rejection());
            assertThat(sequence())
                    .as("%s: a rejected command changes nothing", what)
                    .isEqualTo(before);
            assertThat(published)
                    .as("%s: a rejected command publishes nothing", what)
                    .isEmpty();
            return;
        }
        Seq<ExpectedEvent> expected = ((Expectation.Accepted) step.expect()).events();
        assertThat(outcome.failed()).as("%s: no failure", what).isEmpty();
        assertThat(outcome.rejected()).as("%s: accepted", what).isEmpty();
        assertThat(Vector.ofAll(published).map(EventEnvelope::event))
                .as("%s: the events published, in order", what)
                .containsExactlyElementsOf(expected.map(ExpectedEvent::event));
        Vector.ofAll(published)
                .zip(expected)
                .forEach(pair -> ExpectedDelivery.check(what, pair._1.event(), pair._1.audience(), pair._2));
        cast.forEach(user -> assertThat(logged(user, before))
                .as("%s: the events %s reads back from the room's log", what, user)
                .containsExactlyElementsOf(
                        expected.filter(event -> event.deliveredTo().contains(user))
                                .map(event -> event.copyFor(user))));
    }

    private Seq<StageEvent> logged(UserId user, long after) {
        Outcome<Seq<Delivery>> read = stage.eventsSince(user, room, after);
        return read.accepted().getOrElse(Vector::empty).map(Delivery::event);
    }

    private long sequence() {
        return stage.currentSequence(room).accepted().getOrElse(0L);
    }

    private static Set<UserId> castOf(Seq<VectorStep> steps) {
        Set<UserId> users = HashSet.empty();
        for (VectorStep step : steps) {
            users = users.addAll(step.command().actor().userId());
            if (step.expect() instanceof Expectation.Accepted accepted) {
                for (ExpectedEvent event : accepted.events()) {
                    users = users.addAll(event.deliveredTo());
                }
            }
        }
        return users;
    }
}
