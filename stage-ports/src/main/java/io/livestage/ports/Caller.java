package io.livestage.ports;

import io.livestage.domain.id.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who is calling the facade: the acting user, as the transport authenticated them, and optionally the client's
 * idempotency key. The key is the client's own opaque text (not an id the library makes), so the service checks it and
 * answers {@code invalid_id} (kind {@code idempotency key}) rather than throwing.
 *
 * <p>With a key, a retried command returns its original outcome and emits nothing the second time.
 *
 * @param user the acting user
 * @param idempotencyKey the client's key for this command, if it sent one
 */
public record Caller(UserId user, Option<String> idempotencyKey) {

    /** @throws NullPointerException if an argument is null */
    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** A caller without an idempotency key. */
    public static Caller of(UserId user) {
        return new Caller(user, Option.none());
    }

    /** The same caller, sending {@code key} with its next command. */
    public Caller withIdempotencyKey(String key) {
        return new Caller(user, Option.some(Objects.requireNonNull(key, "key")));
    }
}
