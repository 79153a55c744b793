package io.livestage.adapters.http;

import io.livestage.domain.id.UserId;
import java.util.Optional;

/**
 * Decides who is calling from the request's headers: the one source of the acting user. A user id in a path or a body
 * only ever names a target, never the actor. Implement it over your platform's sessions or tokens; {@link BearerTokens}
 * is a fixed table for demos and tests.
 *
 * <p>Called on a server thread for every request but {@code GET /api/info}; must be thread-safe and should not block
 * for long. An empty answer is a 401.
 */
@FunctionalInterface
public interface Authenticator {

    /** The authenticated user, or empty when the credentials are missing, malformed or unknown. */
    Optional<UserId> authenticate(RequestHeaders headers);
}
