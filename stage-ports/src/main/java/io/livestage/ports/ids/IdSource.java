package io.livestage.ports.ids;

import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Outbound port: new ids, because the domain never invents one. Production uses random or time-ordered ids; tests use
 * a deterministic sequence so runs repeat exactly. Command ids must not encode who sent the command.
 */
public interface IdSource {

    /** An id for a room created without a caller-chosen id. Never returned twice. */
    RoomId newRoomId();

    /** An id for one command. Never returned twice. */
    CommandId newCommandId();

    /**
     * The id of a room created with an idempotency key but no caller-chosen id: always the same for the same user and
     * key, so a retried {@code createRoom} reaches the room its first attempt created and gets the first outcome back,
     * instead of creating a second room. Idempotency keys are remembered per room, which is why the id itself must
     * follow from the key.
     *
     * <p>The default is {@code room-k} and the first 24 hex digits of SHA-256 over the user id and the key: 96 bits, so
     * two different (user, key) pairs meet only by astronomically bad luck. Override it to keep room ids in your own
     * format; it must stay a pure function of its arguments.
     */
    default RoomId roomIdFor(UserId user, String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(user.value().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(key.getBytes(StandardCharsets.UTF_8));
            return RoomId.of(
                    "room-k" + HexFormat.of().formatHex(sha256.digest()).substring(0, 24));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }
}
