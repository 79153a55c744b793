package io.livestage.adapters.hazelcast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.role.Actor;
import io.livestage.ports.Done;
import io.livestage.ports.Outcome;
import io.livestage.ports.store.IdempotencyRecord;
import io.livestage.wire.StageJson;
import java.time.Instant;

/**
 * What the cluster stores, as JSON: events as {@code StageJson} writes them (the stored event, every private fact
 * included: the cluster is the server), and idempotency records as the command they remember ({@code StageJson}'s
 * command document carries the actor and the intent) beside the accepted value and sequence.
 *
 * <p>A document that does not decode means a corrupt or foreign store: it is thrown as {@link IllegalStateException},
 * which the service turns into {@code store_unavailable} like any store fault.
 */
final class StoredJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The command document of a record needs an id and a time; neither is part of what a record remembers. */
    private static final CommandId RECORDED = CommandId.of("recorded");

    private StoredJson() {}

    static String event(StageEvent event) {
        return StageJson.encode(event);
    }

    static StageEvent event(String json) {
        return StageJson.decodeEvent(json)
                .getOrElseThrow(error -> new IllegalStateException("stored event does not decode: " + error));
    }

    static String record(IdempotencyRecord record) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("sequence", record.outcome().sequence());
        Object value = record.outcome().value();
        if (value instanceof RoomId room) {
            json.put("room", room.value());
        } else if (value instanceof CallId call) {
            json.put("call", call.toString());
        } else if (value instanceof QuestionId question) {
            json.put("question", question.toString());
        } else if (!(value instanceof Done)) {
            throw new IllegalArgumentException("no stored form for an accepted " + value.getClass());
        }
        Command command = new Command(RECORDED, Instant.EPOCH, Actor.user(record.actor()), record.intent());
        try {
            json.set("command", MAPPER.readTree(StageJson.encode(command)));
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("StageJson wrote JSON that does not parse", impossible);
        }
    }

    static IdempotencyRecord record(String key, String stored) {
        try {
            JsonNode json = MAPPER.readTree(stored);
            Command command = StageJson.decodeCommand(MAPPER.writeValueAsString(json.get("command")))
                    .getOrElseThrow(error -> new IllegalStateException("stored command does not decode: " + error));
            Outcome.Accepted<?> outcome =
                    new Outcome.Accepted<>(value(json), json.get("sequence").asLong());
            return new IdempotencyRecord(key, command.actor().userId().get(), command.intent(), outcome);
        } catch (JsonProcessingException | RuntimeException corrupt) {
            throw new IllegalStateException("stored idempotency record does not decode: " + stored, corrupt);
        }
    }

    private static Object value(JsonNode json) {
        if (json.has("room")) {
            return RoomId.of(json.get("room").asText());
        }
        if (json.has("call")) {
            return CallId.of(json.get("call").asText());
        }
        if (json.has("question")) {
            return QuestionId.of(json.get("question").asText());
        }
        return Done.DONE;
    }
}
