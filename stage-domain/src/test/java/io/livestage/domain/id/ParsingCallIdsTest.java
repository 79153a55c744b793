package io.livestage.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.text.TextProblem;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** A call id's text form is {@code <room id>#<ordinal>}, the ordinal a positive int without sign or leading zero. */
class ParsingCallIdsTest {

    @Test
    void theTextFormParsesIntoRoomAndOrdinal() {
        assertThat(CallId.parse("ama#3")).isEqualTo(Either.right(new CallId(RoomId.of("ama"), 3)));
    }

    @Test
    void theTextFormRoundTrips() {
        for (String text : new String[] {"ama#3", "ama#1", "ama#9", "ama#1234567890", "ama#2147483647", "a#b#2"}) {
            assertThat(CallId.parse(text).map(CallId::toString)).isEqualTo(Either.right(text));
        }
    }

    @Test
    void theOrdinalFollowsTheLastHash() {
        assertThat(CallId.parse("a#b#2")).isEqualTo(Either.right(new CallId(RoomId.of("a#b"), 2)));
    }

    @Test
    void malformedFormsAreRefused() {
        for (String bad : new String[] {
            "ama",
            "ama#",
            "ama#0",
            "ama#01",
            "ama#-1",
            "ama#+1",
            "ama#1a",
            "ama# 1",
            "ama#3 ",
            "ama#\u0663",
            "ama#2147483648",
            "ama#99999999999"
        }) {
            assertThat(CallId.parse(bad))
                    .as("parsing %s", bad)
                    .isEqualTo(Either.left(new InvalidId("call id", TextProblem.MALFORMED)));
        }
    }

    @Test
    void anInvalidRoomPartIsReportedWithItsProblem() {
        assertThat(CallId.parse("#3")).isEqualTo(Either.left(new InvalidId("call id", TextProblem.BLANK)));
        assertThat(CallId.parse(" ama#3"))
                .isEqualTo(Either.left(new InvalidId("call id", TextProblem.SURROUNDING_WHITESPACE)));
        assertThat(CallId.parse("a\u0000a#3"))
                .isEqualTo(Either.left(new InvalidId("call id", TextProblem.CONTROL_CHARACTER)));
    }

    @Test
    void theConstructorRefusesANonPositiveOrdinal() {
        assertThatThrownBy(() -> new CallId(RoomId.of("ama"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallId(RoomId.of("ama"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofIsParseForIdsInCodeAndThrowsWhatParseWouldReturn() {
        assertThat(CallId.of("ama#3")).isEqualTo(new CallId(RoomId.of("ama"), 3));
        assertThatThrownBy(() -> CallId.of("ama"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(CallId.parse("ama").getLeft().message());
        assertThatThrownBy(() -> CallId.of(" #1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(CallId.parse(" #1").getLeft().message());
    }
}
