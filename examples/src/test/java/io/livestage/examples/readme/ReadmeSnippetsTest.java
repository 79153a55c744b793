package io.livestage.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.RoleChangeReason;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Role;
import io.livestage.domain.state.Room;
import io.livestage.ports.Caller;
import io.livestage.ports.publish.EventEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's embedding snippets are {@link ReadmeSnippets}, word for word, and do what the README says they do.
 */
class ReadmeSnippetsTest {

    private static final Path SOURCE = Path.of("src/test/java/io/livestage/examples/readme/ReadmeSnippets.java");
    private static final Path README = Path.of("..", "README.md");
    private static final UserId BOB = UserId.of("bob");

    private final ReadmeSnippets.Backend backend = ReadmeSnippets.wiring();
    private final ReadmeSnippets.Ama ama = ReadmeSnippets.ama(backend.stage());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wiring", "ama", "deliveries", "deadlines", "recovery"})
    void the_readme_quotes_the_compiled_snippet(String name) throws IOException {
        Map<String, String> compiled = snippets(Files.readString(SOURCE));
        Map<String, String> quoted = quoted(Files.readString(README));

        assertThat(compiled).containsKey(name);
        assertThat(quoted.get(name)).as("README block %s", name).isEqualTo(compiled.get(name));
    }

    @Test
    void the_readme_quotes_no_snippet_that_is_not_compiled() throws IOException {
        assertThat(snippets(Files.readString(SOURCE)).keySet())
                .containsAll(quoted(Files.readString(README)).keySet());
    }

    @Test
    void the_ama_snippet_passes_the_call_id_straight_on_and_promotes_bob() {
        assertThat(ama.promoted().code()).isEqualTo("ok");
        assertThat(room().call().get().standingOf(BOB).role()).containsExactly(Role.SPEAKER);
        assertThat(ama.call().room()).isEqualTo(ama.room());
    }

    @Test
    void a_delivery_is_one_users_copy_of_one_event_chained_to_their_previous_one() {
        ReadmeSnippets.Received received = ReadmeSnippets.deliveries(backend, ama.room(), ama.call());

        assertThat(received.delivery().viewer()).isEqualTo(BOB);
        assertThat(received.delivery().event().wireName()).isEqualTo("GROUP_CALL_ROLE_CHANGED");
        assertThat(received.payload()).isEqualTo(new RoleChanged(BOB, Role.AUDIENCE, RoleChangeReason.STEPPED_DOWN));
        assertThat(received.delivery().sequence()).isEqualTo(room().sequence());
        assertThat(received.delivery().previous()).isZero();
        EventEnvelope stored = received.stored();
        assertThat(stored.sequence()).isEqualTo(received.delivery().sequence());
        assertThat(received.forBob()).isTrue();
        assertThat(stored.seenBy(BOB)).isEqualTo(received.delivery().event());
    }

    @Test
    void moving_the_manual_clock_fires_the_deadline_and_the_call_ends_host_absent() {
        ReadmeSnippets.deadlines(backend, ama.room(), ama.call());

        assertThat(room().call()).isEmpty();
        assertThat(lastEvent().change()).isEqualTo(new CallEnded(CallEndReason.HOST_ABSENT));
        assertThat(backend.deadlines().pending()).isZero();
    }

    @Test
    void a_restarted_service_schedules_the_rooms_deadlines_again() {
        backend.stage().leave(Caller.of(UserId.of("hana")), ama.call());

        ReadmeSnippets.Restarted restarted = ReadmeSnippets.recovery(backend, ama.room());

        assertThat(restarted.deadlines().pending()).isEqualTo(1);
        backend.clock().advance(Duration.ofSeconds(60));
        assertThat(restarted.deadlines().pending()).isZero();
        assertThat(room().call()).isEmpty();
        assertThat(lastEvent().change()).isEqualTo(new CallEnded(CallEndReason.HOST_ABSENT));
    }

    private Room room() {
        return backend.rooms().load(ama.room()).room().get();
    }

    private StageEvent lastEvent() {
        return backend.rooms().eventsAfter(ama.room(), 0).get().last().event();
    }

    /** Each block between {@code // snippet:NAME} and {@code // end}, without its common indentation. */
    static Map<String, String> snippets(String source) {
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*// snippet:(\\S+)\\n(.*?)^\\s*// end$", Pattern.DOTALL)
                .matcher(source);
        while (matcher.find()) {
            snippets.put(matcher.group(1), dedent(matcher.group(2)));
        }
        return snippets;
    }

    /** Each {@code java} block of the README that follows a {@code <!-- snippet:NAME -->} line. */
    static Map<String, String> quoted(String readme) {
        Map<String, String> quoted = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("(?m)^<!-- snippet:(\\S+) -->\\n```java\\n(.*?)^```$", Pattern.DOTALL)
                .matcher(readme);
        while (matcher.find()) {
            quoted.put(matcher.group(1), matcher.group(2));
        }
        return quoted;
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
