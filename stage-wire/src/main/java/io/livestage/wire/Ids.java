package io.livestage.wire;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.InvalidId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;

/** Ids on the wire are their text forms ({@code ama}, {@code ama#3}, {@code q7}), validated by the domain's parsers. */
final class Ids {

    private Ids() {}

    static RoomId room(In in) {
        return in.parsed(RoomId::parse, InvalidId::message);
    }

    static CallId call(In in) {
        return in.parsed(CallId::parse, InvalidId::message);
    }

    static UserId user(In in) {
        return in.parsed(UserId::parse, InvalidId::message);
    }

    static QuestionId question(In in) {
        return in.parsed(QuestionId::parse, InvalidId::message);
    }

    static CommandId command(In in) {
        return in.parsed(CommandId::parse, InvalidId::message);
    }
}
