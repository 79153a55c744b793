package io.livestage.adapters.inmemory.concurrency;

import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.publish.EventEnvelope;
import io.livestage.ports.store.SaveResult;
import io.livestage.ports.store.StoredRoom;
import io.livestage.tck.ContractFixtures;
import io.livestage.tck.ContractFixtures.History;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Lincheck explores interleavings of the store's operations on a tiny key space (two rooms, three steps of each room's
 * history, two idempotency keys, a window of one key and a retention of two published events, so eviction and
 * trimming happen within a few operations) and checks every outcome against some sequential order of the same calls.
 *
 * <p>Each operation answers a plain string, so that two runs compare by value. {@code roomsWithUnpublished} is only
 * promised to be consistent per room, so it is observed for one room at a time.
 */
@Param(name = "room", gen = IntGen.class, conf = "0:1")
@Param(name = "step", gen = IntGen.class, conf = "1:3")
@Param(name = "key", gen = IntGen.class, conf = "0:2")
@Param(name = "sequence", gen = IntGen.class, conf = "0:7")
public class InMemoryRoomsLinearizabilityTest {

    private static final Seq<RoomId> ROOMS = Vector.of(ContractFixtures.ROOM, ContractFixtures.OTHER_ROOM);
    private static final Seq<History> HISTORIES = ROOMS.map(ContractFixtures::ama);

    private final InMemoryRooms store = new InMemoryRooms(1, 2);

    @Operation
    public String save(@Param(name = "room") int room, @Param(name = "step") int step, @Param(name = "key") int key) {
        ContractFixtures.Step saved = HISTORIES.get(room).step(step);
        SaveResult result = store.save(key == 0 ? saved.save() : saved.save("key-" + key));
        return result.toString();
    }

    @Operation
    public String load(@Param(name = "room") int room) {
        StoredRoom loaded = store.load(ROOMS.get(room));
        return "v" + loaded.version() + " at " + loaded.room().map(r -> r.sequence());
    }

    @Operation
    public String recall(@Param(name = "room") int room, @Param(name = "key") int key) {
        return store.recall(ROOMS.get(room), "key-" + key).map(r -> r.outcome()).toString();
    }

    @Operation
    public String unpublished(@Param(name = "room") int room) {
        return sequences(store.unpublished(ROOMS.get(room)));
    }

    @Operation
    public void markPublished(@Param(name = "room") int room, @Param(name = "sequence") int sequence) {
        store.markPublished(ROOMS.get(room), sequence);
    }

    @Operation
    public String eventsAfter(@Param(name = "room") int room, @Param(name = "sequence") int sequence) {
        Either<Long, Seq<EventEnvelope>> events = store.eventsAfter(ROOMS.get(room), sequence);
        return events.fold(oldest -> "resync from " + oldest, InMemoryRoomsLinearizabilityTest::sequences);
    }

    @Operation
    public boolean hasUnpublished(@Param(name = "room") int room) {
        return store.roomsWithUnpublished().contains(ROOMS.get(room));
    }

    @Test
    void every_interleaving_the_model_checker_tries_is_linearizable() {
        LincheckRuns.modelChecking().check(getClass());
    }

    @Test
    void concurrent_runs_under_stress_are_linearizable() {
        LincheckRuns.stress().check(getClass());
    }

    private static String sequences(Seq<EventEnvelope> envelopes) {
        return envelopes.map(EventEnvelope::sequence).mkString(",");
    }
}
