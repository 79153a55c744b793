package io.livestage.domain.rejection;

import io.livestage.domain.id.UserId;

/** The command cannot target the host (demote, remove, appoint as co-host, transfer to themself). */
public record TargetIsHost(UserId target) implements Rejection {

    @Override
    public String code() {
        return "target_is_host";
    }

    @Override
    public String message() {
        return target + " is the host: the host cannot be demoted, removed or appointed";
    }
}
