package io.livestage.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad document gets its own problem code, at the JSON pointer of the offending value. */
class BadJsonIsATypedErrorTest {

    private static final String RAISE =
            "{\"type\":\"raiseHand\",\"id\":\"c1\",\"at\":\"2026-11-23T18:00:00Z\",\"actor\":{\"kind\":\"user\",\"user\":\"bob\"},\"call\":\"ama#1\"";

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("not JSON", "{\"type\":", "/type", "malformed_json"),
                Arguments.of("empty", "", "", "malformed_json"),
                Arguments.of("two documents", RAISE + "} {}", "", "malformed_json"),
                Arguments.of("not an object", "[1]", "", "wrong_type"),
                Arguments.of("duplicate key", RAISE + ",\"call\":\"ama#2\"}", "/call", "duplicate_key"),
                Arguments.of("unknown type", RAISE.replace("raiseHand", "raiseHands") + "}", "/type", "unknown_type"),
                Arguments.of("unknown field", RAISE + ",\"user\":\"bob\"}", "/user", "unknown_field"),
                Arguments.of("missing field", RAISE.replace(",\"call\":\"ama#1\"", "") + "}", "/call", "missing_field"),
                Arguments.of("wrong type", RAISE.replace("\"ama#1\"", "7") + "}", "/call", "wrong_type"),
                Arguments.of("malformed id", RAISE.replace("ama#1", "ama#0") + "}", "/call", "invalid_value"),
                Arguments.of(
                        "control character in id",
                        RAISE.replace("bob", "b\\u0007b") + "}",
                        "/actor/user",
                        "invalid_value"),
                Arguments.of("malformed time", RAISE.replace("18:00:00Z", "18:00") + "}", "/at", "invalid_value"),
                Arguments.of(
                        "unknown actor",
                        RAISE.replace("\"user\",\"user\"", "\"robot\",\"user\"") + "}",
                        "/actor/kind",
                        "unknown_value"),
                Arguments.of(
                        "oversized string", RAISE.replace("ama#1", "a".repeat(50_000)) + "}", "/call", "too_large"),
                Arguments.of("too deep", "[".repeat(40) + "]".repeat(40), "/0".repeat(Limits.MAX_DEPTH), "too_large"),
                Arguments.of(
                        "unknown policy key",
                        "{\"type\":\"createRoom\",\"id\":\"c1\",\"at\":\"2026-11-23T18:00:00Z\",\"actor\":{\"kind\":\"user\",\"user\":\"hana\"},"
                                + "\"room\":\"ama\",\"name\":\"AMA\",\"policy\":{\"maxSpeaker\":3}}",
                        "/policy/maxSpeaker",
                        "unknown_field"),
                Arguments.of(
                        "policy out of range",
                        "{\"type\":\"createRoom\",\"id\":\"c1\",\"at\":\"2026-11-23T18:00:00Z\",\"actor\":{\"kind\":\"user\",\"user\":\"hana\"},"
                                + "\"room\":\"ama\",\"name\":\"AMA\",\"policy\":{\"maxSpeakers\":1001}}",
                        "/policy/maxSpeakers",
                        "invalid_policy"),
                Arguments.of(
                        "number too big",
                        "{\"type\":\"createRoom\",\"id\":\"c1\",\"at\":\"2026-11-23T18:00:00Z\",\"actor\":{\"kind\":\"user\",\"user\":\"hana\"},"
                                + "\"room\":\"ama\",\"name\":\"AMA\",\"policy\":{\"maxSpeakers\":10000000000}}",
                        "/policy/maxSpeakers",
                        "wrong_type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aBadCommandIsRefusedWithWhereAndWhy(String description, String json, String pointer, String problem) {
        Either<DecodeError, ?> decoded = StageJson.decodeCommand(json);

        assertThat(decoded.isLeft()).as(description).isTrue();
        assertThat(decoded.getLeft().problem()).as(decoded.getLeft().message()).isEqualTo(problem);
        assertThat(decoded.getLeft().pointer()).as(decoded.getLeft().message()).isEqualTo(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theSameDocumentIsNoEventRejectionViewOrPolicyEither(
            String description, String json, String pointer, String problem) {
        assertThat(StageJson.decodeEvent(json).isLeft()).as(description).isTrue();
        assertThat(StageJson.decodeRejection(json).isLeft()).as(description).isTrue();
        assertThat(StageJson.decodeView(json).isLeft()).as(description).isTrue();
        assertThat(StageJson.decodeCapabilities(json).isLeft()).as(description).isTrue();
    }

    @org.junit.jupiter.api.Test
    void anArrayLongerThanTheBoundIsRefused() {
        String users = "\"bob\",".repeat(Limits.MAX_ARRAY) + "\"bob\"";
        String event =
                "{\"type\":\"GROUP_CALL_STAGE_HANDS_LOWERED\",\"room\":\"ama\",\"call\":\"ama#1\",\"sequence\":3,"
                        + "\"at\":\"2026-11-23T18:00:00Z\",\"actor\":{\"kind\":\"user\",\"user\":\"hana\"},\"causedBy\":\"c3\","
                        + "\"recipients\":{\"group\":\"EVERYONE\",\"users\":[]},\"payload\":{\"users\":[" + users
                        + "]}}";

        DecodeError error = StageJson.decodeEvent(event).getLeft();

        assertThat(error.problem()).isEqualTo("too_long");
        assertThat(error.pointer()).isEqualTo("/payload/users");
    }
}
