package io.livestage.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

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

    @Test
    void idsOrderByTheirText() {
        assertThat(UserId.of("alice")).isLessThan(UserId.of("bob"));
        assertThat(UserId.of("bob")).isGreaterThan(UserId.of("Bob"));
        assertThat(UserId.of("carl").compareTo(UserId.of("carl"))).isZero();
    }
}
