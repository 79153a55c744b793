package io.livestage.domain.state;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending stage invitation ({@code INVITE} promotion mode).
 *
 * @param expiresAt the first instant at which it can no longer be accepted
 */
public record Invitation(Instant expiresAt) {

    public Invitation {
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether it can no longer be accepted at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
