package io.livestage.ports;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who is calling the facade, as the transport gave it: the acting user's id and, optionally, an idempotency key. Both
 * are untrusted text; the service validates them and answers {@code invalid_id} rather than throwing.
 *
 * <p>With a key, a retried command returns its original outcome and emits nothing the second time.
 *
 * @param user the acting user's id, as received
 * @param idempotencyKey the client's key for this command, if it sent one
 */
public record Caller(String user, Option<String> idempotencyKey) {

    /** @throws NullPointerException if an argument is null */
    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** A caller without an idempotency key. */
    public static Caller of(String user) {
        return new Caller(user, Option.none());
    }

    /** The same caller, sending {@code key} with its next command. */
    public Caller withIdempotencyKey(String key) {
        return new Caller(user, Option.some(Objects.requireNonNull(key, "key")));
    }
}
