package io.livestage.domain.rejection;

import io.livestage.domain.command.Action;
import io.livestage.domain.role.Standing;

/** The actor's standing does not allow this action (against this target). {@code rule} says who may. */
public record NotAuthorized(Action action, Standing standing, String rule) implements Rejection {

    @Override
    public String code() {
        return "not_authorized";
    }

    @Override
    public String message() {
        return "not allowed: " + rule;
    }
}
