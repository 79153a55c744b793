package io.livestage.adapters.postgres;

import io.livestage.domain.command.Command;
import io.livestage.domain.command.Intent;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.ports.Done;
import io.livestage.ports.store.StoreUnavailableException;
import io.livestage.wire.DecodeError;
import io.livestage.wire.StageJson;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * How values are written to and read from rows: events and intents as {@link StageJson} documents, the value of an
 * accepted outcome as a kind and a text. A row that no longer decodes is a store fault ({@link
 * StoreUnavailableException}), never a room rebuilt from half of it.
 */
final class StoredForms {

    /** The command id and time an intent is wrapped in to be written as a command document; read back, they are dropped. */
    private static final CommandId WRAPPER_ID = CommandId.of("stored");

    private StoredForms() {}

    static String event(StageEvent event) {
        return StageJson.encode(event);
    }

    static StageEvent event(String json) {
        return decoded(StageJson.decodeEvent(json), "event");
    }

    /** The intent as a command document issued by the scheduler at {@code at} (deadlines keep their instant here). */
    static String scheduled(Intent intent, Instant at) {
        return StageJson.encode(Command.scheduled(intent, WRAPPER_ID, at));
    }

    /** The intent as a command document, without a meaningful id, time or actor. */
    static String intent(Intent intent) {
        return scheduled(intent, Instant.EPOCH);
    }

    static Command command(String json) {
        return decoded(StageJson.decodeCommand(json), "command");
    }

    /** The kind of an accepted value: what {@link #value} needs to read it back. */
    static String kindOf(Object value) {
        if (value instanceof Done) {
            return "done";
        }
        if (value instanceof RoomId) {
            return "room";
        }
        if (value instanceof CallId) {
            return "call";
        }
        if (value instanceof QuestionId) {
            return "question";
        }
        throw new IllegalArgumentException(
                "an accepted command returns no " + value.getClass().getName());
    }

    static String textOf(Object value) {
        return value instanceof Done ? "" : value.toString();
    }

    static Object value(String kind, String text) {
        switch (kind) {
            case "done":
                return Done.DONE;
            case "room":
                return RoomId.of(text);
            case "call":
                return CallId.of(text);
            case "question":
                return QuestionId.of(text);
            default:
                throw new StoreUnavailableException("stored outcome of unknown kind " + kind);
        }
    }

    private static <T> T decoded(Either<DecodeError, T> decoded, String what) {
        if (decoded.isLeft()) {
            throw new StoreUnavailableException("a stored " + what + " does not decode: " + decoded.getLeft());
        }
        return decoded.get();
    }
}
