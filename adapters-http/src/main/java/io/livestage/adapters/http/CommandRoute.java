package io.livestage.adapters.http;

import io.livestage.domain.command.Intent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;

/**
 * One facade command as an HTTP route: {@code POST /api/rooms/{room}/<type>} or {@code POST /api/calls/{call}/<type>},
 * its body read by {@link CommandBody}, its subject from the path, its actor from the {@link Authenticator}.
 *
 * @param type the wire command type and the last path segment, the seed's method name ({@code raiseHand})
 * @param aboutCall whether the subject is a call (else a room)
 * @param invocation the facade call
 */
record CommandRoute(String type, boolean aboutCall, Invocation invocation) {

    /** The facade call for one decoded intent; {@code subject} is a {@link RoomId} or a {@link CallId}. */
    @FunctionalInterface
    interface Invocation {
        Outcome<?> invoke(LiveStage stage, Caller caller, Object subject, Intent intent);
    }

    static CommandRoute onRoom(String type, RoomInvocation invocation) {
        return new CommandRoute(
                type,
                false,
                (stage, caller, subject, intent) -> invocation.invoke(stage, caller, (RoomId) subject, intent));
    }

    static CommandRoute onCall(String type, CallInvocation invocation) {
        return new CommandRoute(
                type,
                true,
                (stage, caller, subject, intent) -> invocation.invoke(stage, caller, (CallId) subject, intent));
    }

    /** The path this route answers, in Javalin's syntax. */
    String path() {
        return (aboutCall ? "/api/calls/{call}/" : "/api/rooms/{room}/") + type;
    }

    @FunctionalInterface
    interface RoomInvocation {
        Outcome<?> invoke(LiveStage stage, Caller caller, RoomId room, Intent intent);
    }

    @FunctionalInterface
    interface CallInvocation {
        Outcome<?> invoke(LiveStage stage, Caller caller, CallId call, Intent intent);
    }
}
