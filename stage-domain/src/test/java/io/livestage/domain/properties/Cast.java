package io.livestage.domain.properties;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.vavr.collection.Vector;
import java.time.Instant;

/**
 * Who and what the generated sequences talk about: one room, a small pool of users (so that the same people meet again
 * and limits are hit), a user the room never sees, and a second room id that commands may name by mistake.
 *
 * <p>No id is a substring of another, nor of any text the generator writes, so a search for a user id in an event
 * finds that user and nothing else.
 */
final class Cast {

    /** The room every sequence is about. */
    static final RoomId ROOM = RoomId.of("ama");

    /** Another room: commands that name it were routed to the wrong room. */
    static final RoomId ELSEWHERE = RoomId.of("zed");

    /** The users who join and leave; the first creates the room and so starts as its host. */
    static final Vector<UserId> MEMBERS =
            Vector.of("hana", "carl", "coco", "alice", "bob", "dave").map(UserId::of);

    /** A user the room never sees in its call: never issues a join. */
    static final UserId STRANGER = UserId.of("olga");

    /** Everyone a command may name: the members, then the stranger. */
    static final Vector<UserId> EVERYONE = MEMBERS.append(STRANGER);

    /** When every sequence starts. */
    static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    private Cast() {}
}
