package io.livestage.domain.id;

import io.vavr.control.Either;

class ParsingUserIdsTest extends TextualIdContract<UserId> {

    @Override
    String kind() {
        return "user id";
    }

    @Override
    Either<InvalidId, UserId> parse(String raw) {
        return UserId.parse(raw);
    }

    @Override
    UserId construct(String value) {
        return new UserId(value);
    }

    @Override
    UserId shorthand(String value) {
        return UserId.of(value);
    }

    @Override
    String valueOf(UserId id) {
        return id.value();
    }
}
