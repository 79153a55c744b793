package io.livestage.domain.command;

import io.livestage.domain.id.UserId;

/** An intent that acts on another user (or on the actor themself, where the rules allow it). */
public interface Targeted {

    /** The user acted upon. */
    UserId target();
}
