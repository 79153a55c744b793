package io.livestage.domain.rejection;

import io.livestage.domain.id.InvalidId;
import java.util.Objects;

/**
 * Text from the caller could not become an id (or an idempotency key): refused before any rule runs, so the room is
 * never loaded. Never produced by {@code decide}, whose commands hold ids that are valid by construction.
 */
public record InvalidInput(InvalidId invalid) implements Rejection {

    public InvalidInput {
        Objects.requireNonNull(invalid, "invalid");
    }

    @Override
    public String code() {
        return "invalid_id";
    }

    @Override
    public String message() {
        return invalid.message();
    }
}
