package io.livestage.domain.testing;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;

/** The cast of every scenario: a host, two co-host candidates, and audience members. */
public final class People {

    public static final RoomId ROOM = RoomId.of("ama");
    /** The first call of {@link #ROOM}. */
    public static final CallId CALL = new CallId(ROOM, 1);

    public static final UserId HANA = UserId.of("hana"); // creates every room: the host
    public static final UserId CARL = UserId.of("carl"); // usually appointed co-host
    public static final UserId COCO = UserId.of("coco"); // a second co-host candidate
    public static final UserId ALICE = UserId.of("alice");
    public static final UserId BOB = UserId.of("bob");
    public static final UserId DAVE = UserId.of("dave");
    public static final UserId ERIN = UserId.of("erin");
    public static final UserId OUTSIDER = UserId.of("olga"); // never joins

    private People() {}
}
