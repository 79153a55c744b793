package io.livestage.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

class ParsingRoomIdsTest extends TextualIdContract<RoomId> {

    @Override
    String kind() {
        return "room id";
    }

    @Override
    Either<InvalidId, RoomId> parse(String raw) {
        return RoomId.parse(raw);
    }

    @Override
    RoomId construct(String value) {
        return new RoomId(value);
    }

    @Override
    RoomId shorthand(String value) {
        return RoomId.of(value);
    }

    @Override
    String valueOf(RoomId id) {
        return id.value();
    }

    @Test
    void idsOrderByTheirText() {
        assertThat(RoomId.of("alice")).isLessThan(RoomId.of("bob"));
        assertThat(RoomId.of("bob")).isGreaterThan(RoomId.of("Bob"));
        assertThat(RoomId.of("carl").compareTo(RoomId.of("carl"))).isZero();
    }
}
