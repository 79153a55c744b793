package io.livestage.adapters.http;

import io.livestage.domain.id.UserId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link Authenticator} over a fixed table of bearer tokens: {@code Authorization: Bearer <token>} names the user the
 * table maps it to. For demos and tests; a real backend checks its own sessions or signed tokens instead.
 */
public final class BearerTokens implements Authenticator {

    private final Map<String, UserId> users;

    /** @param users each token and the user it authenticates */
    public BearerTokens(Map<String, UserId> users) {
        this.users = Map.copyOf(Objects.requireNonNull(users, "users"));
    }

    @Override
    public Optional<UserId> authenticate(RequestHeaders headers) {
        return headers.bearerToken().map(users::get);
    }
}
