package io.livestage.domain.rules;

import static io.livestage.domain.rules.Verdict.accept;
import static io.livestage.domain.rules.Verdict.reject;

import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.Unban;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.Recipients;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.InvalidRoomName;
import io.livestage.domain.rejection.NotBanned;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.rejection.RoomAlreadyExists;
import io.livestage.domain.state.Room;
import io.livestage.domain.text.Texts;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The life of a room: creating it, closing it for good, and its ban list. */
final class RoomRules {

    /** Longest room name, in code points after trimming. */
    static final int MAX_NAME_LENGTH = 100;

    private RoomRules() {}

    /** {@code createRoom}: a valid name and an unused id (every policy is valid: {@code StagePolicy.Builder}). The creator becomes the host. */
    static Either<Rejection, Seq<Draft>> create(UserId actor, CreateRoom intent, Option<Room> existing) {
        if (existing.isDefined()) {
            return reject(new RoomAlreadyExists(intent.room()));
        }
        String name = Texts.trim(intent.name());
        Option<Rejection> invalidName =
                Texts.freeTextProblem(name, MAX_NAME_LENGTH, false).map(InvalidRoomName::new);
        if (invalidName.isDefined()) {
            return reject(invalidName.get());
        }
        return accept(Draft.to(Recipients.everyone(), new RoomCreated(name, intent.policy(), actor)));
    }

    /** {@code closeRoom}: the live call, if any, ends; then the room closes. */
    static Either<Rejection, Seq<Draft>> close(Context context) {
        Seq<Draft> endCall = context.room().call().isDefined()
                ? Vector.of(Draft.to(Recipients.everyone(), new CallEnded(CallEndReason.ROOM_CLOSED)))
                : Vector.empty();
        return accept(endCall.append(Draft.to(Recipients.everyone(), new RoomClosed())));
    }

    /** {@code unban}: the user must be banned. */
    static Either<Rejection, Seq<Draft>> unban(Context context, Unban intent) {
        if (!context.room().isBanned(intent.target())) {
            return reject(new NotBanned(intent.target()));
        }
        return accept(Draft.to(Recipients.moderatorsAnd(), new UserUnbanned(intent.target())));
    }
}
