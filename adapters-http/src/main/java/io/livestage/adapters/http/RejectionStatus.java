package io.livestage.adapters.http;

import io.livestage.domain.rejection.AnonymousNotAllowed;
import io.livestage.domain.rejection.Banned;
import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.rejection.InvalidPolicy;
import io.livestage.domain.rejection.InvalidQuestion;
import io.livestage.domain.rejection.InvalidRoomName;
import io.livestage.domain.rejection.NotAuthorized;
import io.livestage.domain.rejection.NotInCall;
import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomNotFound;
import io.livestage.domain.rejection.UnknownQuestion;
import java.util.Map;

/**
 * The HTTP status of each rejection (docs/http.md, decision 0015): what the client sent is malformed (400), who the
 * caller is forbids it (403), what it names does not exist (404), too soon (429); every other rejection is a conflict
 * with the room's current state (409), which the same request may pass later.
 */
final class RejectionStatus {

    private static final Map<Class<? extends Rejection>, Integer> STATUS = Map.ofEntries(
            Map.entry(InvalidInput.class, 400),
            Map.entry(InvalidPolicy.class, 400),
            Map.entry(InvalidQuestion.class, 400),
            Map.entry(InvalidRoomName.class, 400),
            Map.entry(AnonymousNotAllowed.class, 400),
            Map.entry(NotAuthorized.class, 403),
            Map.entry(Banned.class, 403),
            Map.entry(NotInCall.class, 403),
            Map.entry(RoomNotFound.class, 404),
            Map.entry(UnknownQuestion.class, 404),
            Map.entry(RateLimited.class, 429));

    private RejectionStatus() {}

    static int of(Rejection rejection) {
        return STATUS.getOrDefault(rejection.getClass(), 409);
    }
}
