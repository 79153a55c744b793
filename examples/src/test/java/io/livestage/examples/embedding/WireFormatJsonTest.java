package io.livestage.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON writer: every value a wire map holds, with strings escaped as RFC 8259 requires. */
class WireFormatJsonTest {

    @Test
    void maps_keep_their_order_and_nest() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 2);
        inner.put("a", List.of(true, false));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", inner);
        outer.put("y", null);
        outer.put("x", 9_000_000_000L);

        assertThat(WireFormat.json(outer))
                .isEqualTo("{\"z\":{\"b\":2,\"a\":[true,false]},\"y\":null,\"x\":9000000000}");
    }

    @Test
    void quotes_backslashes_and_control_characters_are_escaped() {
        String text = "say \"hi\" \\ now\n\tthen\u0001";

        assertThat(WireFormat.json(text)).isEqualTo("\"say \\\"hi\\\" \\\\ now\\n\\tthen\\u0001\"");
    }

    @Test
    void text_beyond_ascii_is_kept_as_it_is() {
        assertThat(WireFormat.json("Grüße 🎤")).isEqualTo("\"Grüße 🎤\"");
    }

    @Test
    void an_empty_list_and_map_are_written_empty() {
        assertThat(WireFormat.json(Arrays.asList())).isEqualTo("[]");
        assertThat(WireFormat.json(Map.of())).isEqualTo("{}");
    }

    @Test
    void anything_else_is_refused() {
        assertThatThrownBy(() -> WireFormat.json(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_info_body_lists_the_features() {
        assertThat(WireFormat.json(WireFormat.info(List.of("live_stage"))))
                .isEqualTo("{\"features\":[\"live_stage\"]}");
    }
}
