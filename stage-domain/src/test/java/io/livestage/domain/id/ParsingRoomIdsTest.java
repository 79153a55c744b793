package io.livestage.domain.id;

import io.vavr.control.Either;

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
}
