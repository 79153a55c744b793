package io.livestage.domain.command;

import io.livestage.domain.id.RoomId;

/**
 * What a command asks the room to do, named as the seed names it ({@code RaiseHand}, {@code PromoteToSpeaker}). The
 * acting user, the command id and the time travel beside it in a {@code Command}.
 */
public sealed interface Intent
        permits CallIntent, CreateRoom, JoinRoom, AssignCoHost, RevokeCoHost, TransferHost, Unban, CloseRoom {

    /** The room the intent is about. */
    RoomId room();

    /** The row of the authorization matrix this intent falls in. */
    Action action();
}
