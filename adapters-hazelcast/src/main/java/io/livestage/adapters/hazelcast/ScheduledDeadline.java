package io.livestage.adapters.hazelcast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.core.HazelcastJsonValue;
import io.livestage.domain.command.Command;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.role.Actor;
import io.livestage.ports.deadline.Deadline;
import io.livestage.wire.StageJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A deadline as the cluster keeps it: a JSON document with {@code due} (epoch milliseconds, rounded up, for the
 * sweep's query), {@code at} (the exact instant) and {@code command} (the deadline's command as {@code StageJson}
 * writes it, issued by the scheduler), under a key that is a digest of the document, so the same deadline scheduled
 * twice (by two members, or again after a restart) is one entry.
 *
 * @param key the entry's key
 * @param json the entry's value
 * @param deadline the deadline
 */
record ScheduledDeadline(String key, HazelcastJsonValue json, Deadline deadline) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CommandId DEADLINE = CommandId.of("deadline");

    static ScheduledDeadline of(Deadline deadline) {
        Instant at = deadline.at();
        long due = millisUp(at);
        ObjectNode json = MAPPER.createObjectNode();
        json.put("due", due);
        json.put("at", at.toString());
        try {
            json.set(
                    "command",
                    MAPPER.readTree(StageJson.encode(new Command(DEADLINE, at, Actor.SCHEDULER, deadline.intent()))));
            String text = MAPPER.writeValueAsString(json);
            return new ScheduledDeadline(digest(text), new HazelcastJsonValue(text), deadline);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("StageJson wrote JSON that does not parse", impossible);
        }
    }

    /** The instant in epoch milliseconds, rounded up. */
    static long millisUp(Instant at) {
        return at.toEpochMilli() + (at.getNano() % 1_000_000 == 0 ? 0 : 1);
    }

    static ScheduledDeadline parse(HazelcastJsonValue value) {
        try {
            JsonNode json = MAPPER.readTree(value.getValue());
            Command command = StageJson.decodeCommand(MAPPER.writeValueAsString(json.get("command")))
                    .getOrElseThrow(error -> new IllegalStateException("stored deadline does not decode: " + error));
            Deadline deadline = new Deadline(Instant.parse(json.get("at").asText()), command.intent());
            return new ScheduledDeadline(digest(value.getValue()), value, deadline);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored deadline does not parse: " + value, corrupt);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }
}
