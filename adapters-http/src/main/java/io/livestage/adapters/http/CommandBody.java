package io.livestage.adapters.http;

import io.livestage.domain.command.Intent;
import io.livestage.wire.DecodeError;
import io.livestage.wire.StageJson;
import io.vavr.control.Either;

/**
 * Reads a command's request body with {@code StageJson}, so HTTP takes exactly the wire protocol's command fields and
 * inherits its strictness (unknown fields, duplicate keys, bounds, policy ranges, ids).
 *
 * <p>The body is the wire command without the fields the server owns: {@code type} (the route), {@code id} and {@code
 * at} (the service's), {@code actor} (the {@link Authenticator}'s) and the subject {@code room} or {@code call} (the
 * path). For {@code promoteToSpeaker} it is {@code {"user":"bob"}}. The server completes the document with those
 * fields (placeholders; the real subject and actor are taken from the path and the authenticator, never from here)
 * and decodes it: a body that names a server-owned field is refused as a duplicate key, so a client can never pass
 * off an actor. An empty body is {@code {}}.
 */
final class CommandBody {

    private static final String ENVELOPE =
            "\"id\":\"http\",\"at\":\"1970-01-01T00:00:00Z\",\"actor\":{\"kind\":\"scheduler\"}";

    private CommandBody() {}

    /**
     * The intent of a {@code type} command carried by {@code body}, with a placeholder subject.
     *
     * @param type the wire command type ({@code promoteToSpeaker}), a constant of the route
     * @param aboutCall whether the command names a call (else a room)
     */
    static Either<DecodeError, Intent> decode(String type, boolean aboutCall, String body) {
        String fields = body.strip();
        if (fields.isEmpty()) {
            fields = "{}";
        }
        if (fields.charAt(0) != '{') {
            return Either.left(new DecodeError("", "not_an_object", "the body must be a JSON object"));
        }
        String rest = fields.substring(1).stripLeading();
        String subject = aboutCall ? "\"call\":\"http#1\"" : "\"room\":\"http\"";
        String document =
                "{\"type\":\"" + type + "\"," + ENVELOPE + "," + subject + (rest.startsWith("}") ? "" : ",") + rest;
        return StageJson.decodeCommand(document).map(command -> command.intent());
    }
}
