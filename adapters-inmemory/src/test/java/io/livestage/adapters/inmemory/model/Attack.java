package io.livestage.adapters.inmemory.model;

import io.livestage.adapters.inmemory.model.FacadeCall.Method;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Standing;
import io.livestage.domain.state.Participant;
import io.livestage.domain.state.Room;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One malformed command, made from a command the model would send (its base) by spoiling one thing about it, and the
 * code it must be refused with when that is certain.
 *
 * @param kind what was spoiled
 * @param call the command
 * @param code the rejection code it must get; none where several are possible (they must still be documented)
 */
record Attack(Kind kind, FacadeCall call, Option<String> code) {

    /** The closed room every hostile run sets up, with its one (ended) call. */
    static final RoomId CLOSED = RoomId.of("gone");

    /** An open room every hostile run sets up whose first call ended and whose second is live. */
    static final RoomId RESTARTED = RoomId.of("again");

    /** Users who never join any room and hold no authority anywhere. */
    static final List<String> OUTSIDERS = List.of("mallory", "trudy", "oscar");

    enum Kind {
        /** The caller's user id is garbage. */
        MALFORMED_USER,
        /** The idempotency key is garbage. */
        MALFORMED_KEY,
        /** The room id or call id is garbage. */
        MALFORMED_PLACE,
        /** The target user id or question id is garbage. */
        MALFORMED_TARGET,
        /** A question whose text no room accepts (blank, zero-width, control characters, surrogates, 1 MB). */
        BAD_QUESTION_TEXT,
        /** A room whose name no room accepts. */
        BAD_ROOM_NAME,
        /** A room with an out-of-range policy. */
        BAD_POLICY,
        /** A call id of an ended (or not yet started) call. */
        STALE_CALL,
        /** Someone who is not in the room. */
        OUTSIDER,
        /** A room nobody created. */
        UNKNOWN_ROOM,
        /** The closed room, or its ended call. */
        CLOSED_ROOM
    }

    /**
     * Spoils {@code base} as {@code kind} says, with garbage number {@code garbage}; {@code rooms} shows the rooms as
     * they are, {@code serial} makes fresh room ids.
     */
    static Attack of(FacadeCall base, Kind kind, int garbage, Function<RoomId, Option<Room>> rooms, int serial) {
        FacadeCall plain = new FacadeCall(
                base.method(),
                base.user(),
                Option.none(),
                base.place(),
                base.other(),
                base.text(),
                base.policy(),
                base.flag());
        String invalid = "invalid_id";
        switch (kind) {
            case MALFORMED_USER:
                return new Attack(kind, plain.withUser(pick(Garbage.IDS, garbage)), Option.some(invalid));
            case MALFORMED_KEY:
                return new Attack(kind, plain.withKey(pick(Garbage.KEYS, garbage)), Option.some(invalid));
            case MALFORMED_PLACE:
                if (plain.method().place == Method.Place.NONE) {
                    return of(base, Kind.MALFORMED_USER, garbage, rooms, serial);
                }
                return new Attack(
                        kind,
                        plain.withPlace(pick(
                                plain.method().place == Method.Place.CALL ? Garbage.CALL_IDS : Garbage.IDS, garbage)),
                        Option.some(invalid));
            case MALFORMED_TARGET:
                if (!plain.method().hasOther) {
                    return of(base, Kind.MALFORMED_PLACE, garbage, rooms, serial);
                }
                return new Attack(
                        kind,
                        plain.withOther(
                                pick(plain.method().otherIsQuestion() ? Garbage.QUESTION_IDS : Garbage.IDS, garbage)),
                        Option.some(invalid));
            case BAD_QUESTION_TEXT:
                return new Attack(
                        kind, asker(plain, rooms).withText(pick(Garbage.QUESTION_TEXTS, garbage)), Option.none());
            case BAD_ROOM_NAME:
                return garbage % 2 == 0
                        ? new Attack(
                                kind,
                                creation(plain, Method.CREATE_ROOM, "fresh-" + serial)
                                        .withText(pick(Garbage.ROOM_NAMES, garbage / 2)),
                                Option.some("invalid_room_name"))
                        // The service picks the id, which may be taken: room_exists then.
                        : new Attack(
                                kind,
                                creation(plain, Method.CREATE_ROOM_WITHOUT_ID, "")
                                        .withText(pick(Garbage.ROOM_NAMES, garbage / 2)),
                                Option.none());
            case BAD_POLICY:
                return new Attack(
                        kind,
                        creation(plain, Method.CREATE_ROOM, "fresh-" + serial)
                                .withText("AMA")
                                .withPolicy(pick(Garbage.POLICIES, garbage)),
                        Option.some("invalid_policy"));
            case STALE_CALL:
                if (garbage % 2 == 0) {
                    return stale(plain, rooms);
                }
                FacadeCall ended = plain.method().place == Method.Place.CALL
                        ? plain.withPlace(RESTARTED + "#1")
                        : new FacadeCall(
                                Method.RAISE_HAND,
                                plain.user(),
                                Option.none(),
                                RESTARTED + "#1",
                                "",
                                "",
                                FacadeCall.NO_POLICY,
                                false);
                return new Attack(kind, ended, Option.some("stale_call"));
            case OUTSIDER:
                FacadeCall outsider = plain.method().place == Method.Place.CALL
                                || plain.method() == Method.CLOSE_ROOM
                                || plain.method().hasOther && plain.method().place == Method.Place.ROOM
                        ? plain
                        : new FacadeCall(
                                Method.LEAVE,
                                plain.user(),
                                Option.none(),
                                callIn(roomOf(plain), rooms).toString(),
                                "",
                                "",
                                plain.policy(),
                                false);
                return new Attack(kind, outsider.withUser(pick(OUTSIDERS, garbage)), Option.none());
            case UNKNOWN_ROOM:
                String nowhere = "nowhere-" + garbage;
                return new Attack(
                        kind,
                        elsewhere(plain, nowhere, nowhere + "#" + (1 + garbage % 3), false),
                        Option.some("room_not_found"));
            case CLOSED_ROOM:
                FacadeCall closed = elsewhere(plain, CLOSED.value(), CLOSED.value() + "#" + (1 + garbage % 2), true);
                return new Attack(
                        kind,
                        closed,
                        Option.some(closed.method() == Method.CREATE_ROOM ? "room_exists" : "room_closed"));
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /**
     * The same command aimed at another room ({@code room}) or another call ({@code callId}); a join if it names
     * neither, or if it creates a room and {@code mayCreate} is false (creating a room nobody has is allowed).
     */
    private static FacadeCall elsewhere(FacadeCall call, String room, String callId, boolean mayCreate) {
        boolean creates = call.method() == Method.CREATE_ROOM || call.method() == Method.CREATE_ROOM_WITHOUT_ID;
        if (call.method().place == Method.Place.NONE || creates && !mayCreate) {
            return new FacadeCall(Method.JOIN_ROOM, call.user(), Option.none(), room, "", "", call.policy(), false);
        }
        return call.withPlace(call.method().place == Method.Place.CALL ? callId : room);
    }

    /** A {@code createRoom} by the base's user. */
    private static FacadeCall creation(FacadeCall base, Method method, String room) {
        return new FacadeCall(
                method,
                base.user(),
                Option.none(),
                room,
                "",
                "AMA",
                StagePolicy.builder().from(Cast.POLICIES.get(0).policy()),
                false);
    }

    /** A question from an audience member of a live stage, if there is one; else from the base's user. */
    private static FacadeCall asker(FacadeCall base, Function<RoomId, Option<Room>> rooms) {
        for (RoomId id : Cast.ROOMS) {
            Option<Room> room = rooms.apply(id);
            Option<String> member = room.flatMap(Room::call)
                    .flatMap(call -> call.participants()
                            .values()
                            .filter(p -> p.standing() == Standing.AUDIENCE)
                            .map(Participant::id)
                            .headOption()
                            .map(user -> user.value()));
            if (member.isDefined()) {
                return new FacadeCall(
                        Method.SUBMIT_STAGE_QUESTION,
                        member.get(),
                        Option.none(),
                        room.get().liveCallId().get().toString(),
                        "",
                        "",
                        base.policy(),
                        base.flag());
            }
        }
        return new FacadeCall(
                Method.SUBMIT_STAGE_QUESTION,
                base.user(),
                Option.none(),
                callIn(Cast.ROOMS.get(0), rooms).toString(),
                "",
                "",
                base.policy(),
                base.flag());
    }

    /** The base, or a raised hand if it names no call, aimed at a call of its room that is not the live one. */
    private static Attack stale(FacadeCall base, Function<RoomId, Option<Room>> rooms) {
        RoomId room = roomOf(base);
        Option<Room> state = rooms.apply(room);
        CallId current = callIn(room, rooms);
        boolean live = state.flatMap(Room::liveCallId).contains(current);
        CallId stale = !live ? current : new CallId(room, current.ordinal() > 1 ? current.ordinal() - 1 : 2);
        FacadeCall call = base.method().place == Method.Place.CALL
                ? base.withPlace(stale.toString())
                : new FacadeCall(
                        Method.RAISE_HAND, base.user(), Option.none(), stale.toString(), "", "", base.policy(), false);
        String code = state.isEmpty() ? "room_not_found" : state.get().closed() ? "room_closed" : "stale_call";
        return new Attack(Kind.STALE_CALL, call, Option.some(code));
    }

    /** The room the command names; the first slot if it names none. */
    private static RoomId roomOf(FacadeCall call) {
        return switch (call.method().place) {
            case ROOM -> RoomId.parse(call.place()).getOrElse(Cast.ROOMS.get(0));
            case CALL -> CallId.parse(call.place()).map(CallId::room).getOrElse(Cast.ROOMS.get(0));
            case NONE -> Cast.ROOMS.get(0);
        };
    }

    /** The room's live call, or the id its next call will have. */
    private static CallId callIn(RoomId room, Function<RoomId, Option<Room>> rooms) {
        Option<Room> state = rooms.apply(room);
        return state.flatMap(Room::liveCallId)
                .getOrElse(() -> state.map(Room::nextCallId).getOrElse(new CallId(room, 1)));
    }

    private static <T> T pick(List<T> choices, int seed) {
        return choices.get(Math.floorMod(seed, choices.size()));
    }

    @Override
    public String toString() {
        return call + "  [" + kind.name().toLowerCase(Locale.ROOT) + "]";
    }
}
