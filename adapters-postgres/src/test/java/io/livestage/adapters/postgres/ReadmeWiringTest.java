package io.livestage.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's PostgreSQL wiring, word for word, and it works: a room created through it reaches a subscriber. */
class ReadmeWiringTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeQuotesThisWiringAndItDeliversEvents() throws Exception {
        String jdbcUrl = TestDatabase.jdbcUrl();
        String user = "postgres";
        String password = "postgres";
        // snippet:postgres
        HikariDataSource pool = PostgresPool.open(jdbcUrl, user, password, "livestage", Duration.ofSeconds(5), 10);
        PostgresSchema.migrate(pool, "livestage"); // Flyway; every node may run it at start
        var clock = InstantSource.system();
        var rooms = new PostgresRooms(pool); // the event log is the room: 1,024 keys, 4,096 events answered
        var bus = new InMemoryEventBus(); // this node's subscribers
        var deadlines = new PostgresDeadlines(pool, clock, Duration.ofMillis(250)); // fired by whichever node is up
        var publisher = new PostgresEventPublisher(pool); // NOTIFY, once the event is saved
        var stage = new StageService(rooms, publisher, clock, new UniqueIds(), deadlines, ServiceSettings.DEFAULTS);
        deadlines.adopt(stage::fire); // also fire the deadlines that nodes now gone had set
        var listener = PostgresEventListener.start(pool, rooms, bus); // any node's events reach this node's bus
        stage.flush(); // publish what a crashed node left; run it every second or so
        // end
        try (pool;
                listener;
                deadlines) {
            assertThat(listener.awaitListening(Duration.ofSeconds(30))).isTrue();
            List<Delivery> feed = Collections.synchronizedList(new ArrayList<>());
            RoomId room = RoomId.of("readme");
            bus.subscribe(room, UserId.of("hana"), feed::add);
            assertThat(stage.createRoom(
                                    Caller.of(UserId.of("hana")),
                                    room,
                                    "AMA",
                                    StagePolicy.builder().build())
                            .code())
                    .isEqualTo("ok");
            assertThat(stage.joinRoom(Caller.of(UserId.of("hana")), room).code())
                    .isEqualTo("ok");

            Eventually.await("hana's own arrival reaches her feed", () -> feed.size() == 1, () -> feed);
            assertThat(feed.get(0).event().wireName()).isEqualTo("GROUP_CALL_PARTICIPANT_JOINED");
        }
        assertThat(readmeSnippet()).isEqualTo(thisSnippet());
    }

    private static String readmeSnippet() throws IOException {
        Matcher block = Pattern.compile("(?m)^<!-- adapters-postgres:wiring -->\\n```java\\n(.*?)^```$", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(block.find())
                .as("a java block after <!-- adapters-postgres:wiring --> in the README")
                .isTrue();
        return block.group(1);
    }

    private static String thisSnippet() throws IOException {
        String source = Files.readString(
                Path.of("src", "test", "java", "io", "livestage", "adapters", "postgres", "ReadmeWiringTest.java"));
        Matcher block = Pattern.compile("(?m)^\\s*// snippet:postgres\\n(.*?)^\\s*// end$", Pattern.DOTALL)
                .matcher(source);
        assertThat(block.find()).isTrue();
        return block.group(1)
                .lines()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
