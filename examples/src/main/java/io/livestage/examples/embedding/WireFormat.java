package io.livestage.examples.embedding;

import io.livestage.domain.event.AllHandsLowered;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.CallStarted;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.CoHostAssigned;
import io.livestage.domain.event.CoHostRevoked;
import io.livestage.domain.event.HandLowered;
import io.livestage.domain.event.HandRaised;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.event.HostReturned;
import io.livestage.domain.event.HostTransferred;
import io.livestage.domain.event.InvitationDeclined;
import io.livestage.domain.event.InvitationExpired;
import io.livestage.domain.event.InvitedToStage;
import io.livestage.domain.event.ParticipantJoined;
import io.livestage.domain.event.ParticipantLeft;
import io.livestage.domain.event.ParticipantRemoved;
import io.livestage.domain.event.QuestionAnswered;
import io.livestage.domain.event.QuestionDismissed;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.event.RoleChanged;
import io.livestage.domain.event.RoomClosed;
import io.livestage.domain.event.RoomCreated;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.event.UserUnbanned;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Actor;
import io.livestage.ports.Done;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a backend might put livestage on its own wire: each delivery becomes a JSON-like map keyed by the event's wire
 * name ({@code type}) with a flat {@code payload}, the way the seed's {@code onGroupCallEvent(e => e.type ...)} reads
 * it. JDK only: maps, lists, strings, numbers, booleans and null, and a tiny JSON writer for them.
 *
 * <p>Only map a user's own copy ({@link Delivery#event()} is already {@code seenBy} them): it is what they may see.
 */
public final class WireFormat {

    private WireFormat() {}

    /** One delivery as its recipient's transport sends it. */
    public static Map<String, Object> delivery(Delivery delivery) {
        StageEvent event = delivery.event();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", event.wireName());
        map.put("room", event.room().value());
        map.put("call", event.call().map(Object::toString).getOrNull());
        map.put("sequence", event.sequence());
        map.put("previous", delivery.previous());
        map.put("at", event.at().toString());
        map.put("actor", actor(event.actor()));
        map.put("payload", payload(event.change()));
        return map;
    }

    /** What happened, as the event's payload: ids as text, enums by name, times in ISO-8601. */
    public static Map<String, Object> payload(Change change) {
        Objects.requireNonNull(change, "change");
        Fields fields = new Fields();
        if (change instanceof RoomCreated c) {
            fields.put("name", c.name()).put("host", c.host()).put("policy", policy(c.policy()));
        } else if (change instanceof CallStarted c) {
            fields.put("call", c.call());
        } else if (change instanceof CallEnded c) {
            fields.put("reason", c.reason());
        } else if (change instanceof ParticipantJoined c) {
            fields.put("user", c.user()).put("role", c.role());
        } else if (change instanceof ParticipantLeft c) {
            fields.put("user", c.user());
        } else if (change instanceof ParticipantRemoved c) {
            fields.put("user", c.user()).put("banned", c.banned());
        } else if (change instanceof RoleChanged c) {
            fields.put("user", c.user()).put("role", c.role()).put("reason", c.reason());
        } else if (change instanceof HandRaised c) {
            fields.put("user", c.user()).put("position", c.position());
        } else if (change instanceof HandLowered c) {
            fields.put("user", c.user()).put("reason", c.reason());
        } else if (change instanceof AllHandsLowered c) {
            fields.put("users", c.users().map(Object::toString).toJavaList());
        } else if (change instanceof QuestionSubmitted c) {
            fields.put("question", c.question()).put("text", c.text()).put("anonymous", c.anonymous());
            c.author().forEach(author -> fields.put("author", author));
        } else if (change instanceof QuestionAnswered c) {
            fields.put("question", c.question());
        } else if (change instanceof QuestionDismissed c) {
            fields.put("question", c.question());
        } else if (change instanceof HostAbsent c) {
            fields.put("deadline", c.deadline());
        } else if (change instanceof HostReturned c) {
            fields.put("moderator", c.moderator());
        } else if (change instanceof InvitedToStage c) {
            fields.put("invitee", c.invitee()).put("expiresAt", c.expiresAt());
        } else if (change instanceof InvitationDeclined c) {
            fields.put("invitee", c.invitee());
        } else if (change instanceof InvitationExpired c) {
            fields.put("invitee", c.invitee());
        } else if (change instanceof CoHostAssigned c) {
            fields.put("user", c.user());
        } else if (change instanceof CoHostRevoked c) {
            fields.put("user", c.user());
        } else if (change instanceof HostTransferred c) {
            fields.put("from", c.from()).put("to", c.to()).put("formerHostCoHost", c.formerHostCoHost());
        } else if (change instanceof UserUnbanned c) {
            fields.put("user", c.user());
        } else if (!(change instanceof RoomClosed)) {
            throw new IllegalArgumentException("no wire mapping for " + change.type());
        }
        return fields.map;
    }

    /** A facade call's answer: {@code {"ok":true,"value":...}} or {@code {"ok":false,"code":...,"message":...}}. */
    public static Map<String, Object> outcome(Outcome<?> outcome) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (outcome instanceof Outcome.Accepted<?> accepted) {
            map.put("ok", true);
            if (!(accepted.value() instanceof Done)) {
                map.put("value", accepted.value().toString());
            }
            map.put("sequence", accepted.sequence());
        } else if (outcome instanceof Outcome.Rejected<?> rejected) {
            map.put("ok", false);
            map.put("code", rejected.rejection().code());
            map.put("message", rejected.rejection().message());
        } else {
            map.put("ok", false);
            map.put("code", outcome.code());
        }
        return map;
    }

    /** The body of {@code GET /api/info}. */
    public static Map<String, Object> info(Iterable<String> features) {
        List<Object> list = new ArrayList<>();
        features.forEach(list::add);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("features", list);
        return map;
    }

    /**
     * Writes a JSON text: maps (string keys, in their order), lists, strings, numbers, booleans and null. Strings are
     * escaped as RFC 8259 requires, so any text a user typed stays one JSON string.
     */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Iterable<?> items) {
            out.append('[');
            String separator = "";
            for (Object item : items) {
                out.append(separator);
                write(item, out);
                separator = ",";
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(
                    "not a JSON value: " + value.getClass().getName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String actor(Actor actor) {
        if (actor instanceof Actor.User user) {
            return user.id().value();
        }
        return actor instanceof Actor.Scheduler ? "scheduler" : "hidden";
    }

    private static Map<String, Object> policy(StagePolicy policy) {
        return new Fields()
                .put("stageMode", policy.stageMode())
                .put("requireHost", policy.requireHost())
                .put("maxSpeakers", policy.maxSpeakers())
                .put("maxParticipants", policy.maxParticipants())
                .put("maxCoHosts", policy.maxCoHosts())
                .put("promotion", policy.promotion())
                .put("hostAbsenceGrace", policy.hostAbsenceGrace())
                .map;
    }

    /** An ordered map whose values are JSON values already: ids and times become text, enums their names. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Fields put(String key, Object value) {
            map.put(
                    key,
                    value instanceof Boolean || value instanceof Integer || value instanceof List
                            ? value
                            : wire(value));
            return this;
        }

        private static Object wire(Object value) {
            if (value instanceof Map) {
                return value;
            }
            return value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
