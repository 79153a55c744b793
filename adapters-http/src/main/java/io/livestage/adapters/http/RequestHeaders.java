package io.livestage.adapters.http;

import java.util.Optional;

/** The headers of one request, as an {@link Authenticator} sees them: no framework type crosses this boundary. */
@FunctionalInterface
public interface RequestHeaders {

    /** The value of the header {@code name} (case-insensitive), if the request carries it. */
    Optional<String> header(String name);

    /** The token of an {@code Authorization: Bearer <token>} header, if there is one (RFC 6750). */
    default Optional<String> bearerToken() {
        return header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).trim())
                .filter(token -> !token.isEmpty());
    }
}
