package io.livestage.adapters.inmemory.concurrency;

import static io.livestage.tck.ContractFixtures.BOB;
import static io.livestage.tck.ContractFixtures.HANA;
import static io.livestage.tck.ContractFixtures.ROOM;

import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.Subscription;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.tck.ContractFixtures;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Lincheck explores interleavings of subscribing, closing, publishing and reading feeds on the in-memory bus and
 * checks the results against some sequential order of the same calls. Publications are one group run by one thread, as
 * the service's relay guarantees (one publication at a time per room); they may repeat or go back, as a relay retrying
 * after a failure does. Hana (the host) and Bob (audience) receive different parts of the AMA history.
 *
 * <p>Hana's feed is read concurrently with everything; Bob's only from the publishing thread. A publication reaches
 * the feeds of its audience one after the other, not atomically: a thread that reads Hana's feed and then Bob's while
 * an event for both is being published can find it in Hana's and not yet in Bob's, which no sequential order explains
 * (Lincheck shows this at once when both feeds are read concurrently). The bus promises order, exactness and no
 * duplicates per feed, not a simultaneous delivery to everyone, so that observation is kept out of the scenarios.
 */
@Param(name = "event", gen = IntGen.class, conf = "0:7")
public class InMemoryEventBusLinearizabilityTest {

    private static final Seq<EventEnvelope> ENVELOPES =
            ContractFixtures.ama(ROOM).envelopes().take(8);

    private final InMemoryEventBus bus = new InMemoryEventBus();
    private final List<Delivery> hanas = new CopyOnWriteArrayList<>();
    private final List<Delivery> bobs = new CopyOnWriteArrayList<>();
    private final Object handle = new Object();
    private Subscription hana;

    /** Subscribing and keeping the handle is one step for {@link #closeHana}, which needs the handle. */
    @Operation(runOnce = true)
    public void subscribeHana() {
        synchronized (handle) {
            hana = bus.subscribe(ROOM, HANA, hanas::add);
        }
    }

    @Operation(runOnce = true)
    public void subscribeBob() {
        bus.subscribe(ROOM, BOB, bobs::add);
    }

    @Operation(runOnce = true)
    public boolean closeHana() {
        synchronized (handle) {
            if (hana == null) {
                return false;
            }
            hana.close();
            return true;
        }
    }

    @Operation(nonParallelGroup = "relay")
    public void publish(@Param(name = "event") int event) {
        bus.publish(ENVELOPES.get(event));
    }

    @Operation
    public String hanasFeed() {
        return feed(hanas);
    }

    @Operation(nonParallelGroup = "relay")
    public String bobsFeed() {
        return feed(bobs);
    }

    @Test
    void every_interleaving_the_model_checker_tries_is_linearizable() {
        LincheckRuns.modelChecking().check(getClass());
    }

    @Test
    void concurrent_runs_under_stress_are_linearizable() {
        LincheckRuns.stress().check(getClass());
    }

    private static String feed(List<Delivery> deliveries) {
        return deliveries.stream()
                .map(delivery -> delivery.previous() + ">" + delivery.sequence() + " "
                        + delivery.event().wireName())
                .collect(Collectors.joining(", "));
    }
}
