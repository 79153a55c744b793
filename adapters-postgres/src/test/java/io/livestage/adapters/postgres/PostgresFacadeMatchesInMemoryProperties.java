package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.livestage.ports.store.RoomStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facade on PostgreSQL against the facade on the in-memory store, the reference adapter (itself checked step by
 * step against the pure decider by {@code FacadeMatchesDeciderProperties} in adapters-inmemory): random sessions of
 * every facade command, by five users in two rooms, with keyed retries, key reuse, stale calls and time passing so
 * that deadlines fire. After every step both answer alike and every user's stage view and room sequence agree; at the
 * end every feed and every {@code eventsSince} agree. The twin of the in-memory model, with fewer sessions: each
 * session is a few hundred database round trips.
 *
 * <p>Why a twin against the in-memory facade rather than the decider model itself: that model lives in
 * adapters-inmemory's tests, wired to {@code InMemoryRooms}. Both sides here use the same ids, clock moves and
 * deadline scheduler, so anything that differs is the store.
 */
class PostgresFacadeMatchesInMemoryProperties {

    private static final int EXAMPLES = Math.max(5, Integer.getInteger("livestage.examples", 1000) / 40);
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static TestDatabase database;

    @BeforeAll
    static void database() {
        database = TestDatabase.fresh();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void theFacadeOnPostgresAnswersShowsAndDeliversWhatTheInMemoryFacadeDoes() {
        javax.sql.DataSource pool = database.pool();
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(10, 40))
                .checkAssert(codes -> session(pool, codes));

        assertThat(ACCEPTED.get())
                .as(
                        "random commands accepted over %d sessions: a run of rejections alone would agree vacuously",
                        EXAMPLES)
                .isGreaterThan(EXAMPLES * 2);
    }

    private static void session(javax.sql.DataSource pool, List<Integer> codes) {
        int number = SESSIONS.incrementAndGet();
        Seq<RoomId> rooms = Vector.of(RoomId.of("s" + number + "-a"), RoomId.of("s" + number + "-b"));
        Side postgres = new Side(new PostgresRooms(pool, 4, 8), rooms);
        Side memory = new Side(new InMemoryRooms(4, 8), rooms);
        List<FacadeStep> steps = new ArrayList<>();
        Seq<FacadeStep> opening = FacadeStep.opening(rooms.get(0), codes.get(0) % 3, 4)
                .appendAll(FacadeStep.opening(rooms.get(1), (codes.get(0) + 1) % 3, 1));
        Seq<FacadeStep> session = opening.appendAll(Vector.ofAll(codes).map(code -> FacadeStep.decode(code, rooms)));
        for (FacadeStep step : session) {
            steps.add(step);
            boolean random = steps.size() > opening.size();
            if (step.isCommand()) {
                Outcome<?> answer = step.on(postgres.stage);
                assertThat(answer)
                        .as("answer to step %d of %s", steps.size(), steps)
                        .isEqualTo(step.on(memory.stage));
                if (random && step.changesTheRoom() && answer.isAccepted()) {
                    ACCEPTED.incrementAndGet();
                }
            } else {
                postgres.clock.advance(step.elapsed());
                memory.clock.advance(step.elapsed());
            }
            for (RoomId room : rooms) {
                assertThat(postgres.stage.currentSequence(room)).isEqualTo(memory.stage.currentSequence(room));
                for (UserId user : FacadeStep.CAST) {
                    assertThat(postgres.stage.stageView(user, room))
                            .as("%s's view of %s after %s", user, room, steps)
                            .isEqualTo(memory.stage.stageView(user, room));
                }
            }
        }
        for (RoomId room : rooms) {
            for (UserId user : FacadeStep.CAST) {
                assertThat(postgres.feed(room, user))
                        .as("%s's feed of %s after %s", user, room, steps)
                        .isEqualTo(memory.feed(room, user));
                Outcome<Seq<Delivery>> missed = postgres.stage.eventsSince(user, room, 0);
                assertThat(missed)
                        .as("%s's events since 0 in %s", user, room)
                        .isEqualTo(memory.stage.eventsSince(user, room, 0));
            }
        }
    }

    /** One facade, its own clock and scheduler, every user subscribed to both rooms. */
    private static final class Side {
        final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
        final InMemoryEventBus bus = new InMemoryEventBus();
        final StageService stage;
        final Map<String, List<Delivery>> feeds = new LinkedHashMap<>();

        Side(RoomStore store, Seq<RoomId> rooms) {
            stage = new StageService(
                    store, bus, clock, new SequentialIds(), new ClockDrivenDeadlines(clock), ServiceSettings.DEFAULTS);
            for (RoomId room : rooms) {
                for (UserId user : FacadeStep.CAST) {
                    List<Delivery> feed = new ArrayList<>();
                    feeds.put(room + "/" + user, feed);
                    bus.subscribe(room, user, feed::add);
                }
            }
        }

        List<Delivery> feed(RoomId room, UserId user) {
            return feeds.get(room + "/" + user);
        }
    }
}
