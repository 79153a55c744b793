package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JavaScript client ({@code clients/js}) against this server: starts one on a free port and runs {@code node --test
 * clients/js/test/client.test.js} with {@code LIVESTAGE_URL} pointing at it. Skipped without node 20+, except on CI
 * ({@code CI} or {@code LIVESTAGE_REQUIRE_NODE} set, as {@code .ci/run} does), where that fails.
 */
class JavaScriptClientTest {

    private static final Path CLIENT_TEST = Path.of("..", "clients", "js", "test", "client.test.js");

    @BeforeEach
    void nodeIsThere() {
        boolean node = nodeVersion() >= 20;
        if (System.getenv("CI") != null || System.getenv("LIVESTAGE_REQUIRE_NODE") != null) {
            assertThat(node).as("node 20+ on the PATH (CI requires it)").isTrue();
        }
        assumeTrue(node, "node 20+ is not on the PATH: the JavaScript client test is skipped");
    }

    @Test
    void theJavaScriptClientPassesAgainstALiveServer() throws Exception {
        // A short log (16 events per room), so the client meets resync_required.
        HttpSettings settings = HttpSettings.DEFAULTS.withHeartbeat(java.time.Duration.ofMillis(200));
        try (Running running = new Running(
                settings, new io.livestage.adapters.inmemory.InMemoryRooms(1_024, 16), "hana", "bob", "carol")) {
            Path output = Files.createTempFile("livestage-node-", ".txt");
            ProcessBuilder node = new ProcessBuilder("node", "--test", CLIENT_TEST.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            node.environment().put("LIVESTAGE_URL", running.http.base);
            node.environment().put("LIVESTAGE_TOKEN_PREFIX", "t-");
            Process process = node.start();
            boolean ended = process.waitFor(90, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String report = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            assertThat(ended).as("node ended within 90 s:\n" + report).isTrue();
            assertThat(process.exitValue()).as(report).isZero();
            assertThat(report).contains("# pass 5").contains("# skipped 0");
        }
    }

    private static int nodeVersion() {
        try {
            Process process = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || !version.startsWith("v")) {
                return 0;
            }
            return Integer.parseInt(version.substring(1).split("\\.")[0]);
        } catch (IOException | InterruptedException | NumberFormatException absent) {
            return 0;
        }
    }
}
