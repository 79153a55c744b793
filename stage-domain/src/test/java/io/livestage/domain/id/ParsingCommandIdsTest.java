package io.livestage.domain.id;

import io.vavr.control.Either;

class ParsingCommandIdsTest extends TextualIdContract<CommandId> {

    @Override
    String kind() {
        return "command id";
    }

    @Override
    Either<InvalidId, CommandId> parse(String raw) {
        return CommandId.parse(raw);
    }

    @Override
    CommandId construct(String value) {
        return new CommandId(value);
    }

    @Override
    CommandId shorthand(String value) {
        return CommandId.of(value);
    }

    @Override
    String valueOf(CommandId id) {
        return id.value();
    }
}
