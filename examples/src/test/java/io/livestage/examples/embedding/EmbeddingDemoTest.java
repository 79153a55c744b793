package io.livestage.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The embedding demo serves and calls {@code GET /api/info}, and sends each user their copy as JSON. */
class EmbeddingDemoTest {

    @Test
    void the_demo_gets_live_stage_from_its_own_server_and_maps_deliveries_by_wire_name() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EmbeddingDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("GET /api/info -> 200").contains("{\"features\":[\"live_stage\"]}");
        assertThat(output.lines().filter(line -> line.trim().startsWith("to bob:")))
                .isNotEmpty()
                .allMatch(line -> line.contains("\"type\":\"GROUP_CALL_"));
        assertThat(output).contains("\"code\":\"not_authorized\"");
    }
}
