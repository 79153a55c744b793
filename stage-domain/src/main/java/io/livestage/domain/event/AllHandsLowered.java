package io.livestage.domain.event;

import io.livestage.domain.id.UserId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * A host or co-host lowered every raised hand at once: one event, naming every owner in queue order. The host and
 * co-hosts see the whole list; each owner sees only their own name ({@link #seenBy}), so no audience member learns whose
 * hands were up.
 *
 * @param users the owners of the lowered hands, in queue order
 */
public record AllHandsLowered(Seq<UserId> users) implements Change {

    public AllHandsLowered {
        Objects.requireNonNull(users, "users");
    }

    @Override
    public EventType type() {
        return EventType.ALL_HANDS_LOWERED;
    }

    /** An owner sees only themself; a moderator (who can have no hand) sees everyone. */
    @Override
    public Change seenBy(UserId viewer) {
        return users.contains(viewer) ? new AllHandsLowered(Vector.of(viewer)) : this;
    }
}
