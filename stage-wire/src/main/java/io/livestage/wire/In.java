package io.livestage.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.function.Function;

/**
 * A JSON value being decoded, with its JSON pointer: every accessor either returns a well-typed value or throws a
 * {@link WireException} naming exactly where the document is wrong. Strict: a required field must be present and of
 * its type; {@link #only} refuses fields the message does not define.
 */
final class In {

    private final JsonNode node;
    private final String pointer;

    private In(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    static In root(JsonNode node) {
        return new In(node, "");
    }

    String pointer() {
        return pointer;
    }

    /** This value must be an object holding no field outside {@code allowed}. */
    In only(String... allowed) {
        requireObject();
        Set<String> known = HashSet.of(allowed);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new WireException(child(name), "unknown_field", "unknown field \"" + name + "\"");
            }
        }
        return this;
    }

    /** This value must be an object holding no field outside {@code fixed} and {@code more}. */
    In only(String[] fixed, String... more) {
        String[] allowed = java.util.Arrays.copyOf(fixed, fixed.length + more.length);
        System.arraycopy(more, 0, allowed, fixed.length, more.length);
        return only(allowed);
    }

    /** A required field. */
    In field(String name) {
        requireObject();
        JsonNode value = node.get(name);
        if (value == null) {
            throw new WireException(child(name), "missing_field", "required field \"" + name + "\" is missing");
        }
        return new In(value, child(name));
    }

    /** An optional field: none when absent or {@code null}. */
    Option<In> optional(String name) {
        requireObject();
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Option.none() : Option.some(new In(value, child(name)));
    }

    /** Every field of this object, in document order. */
    Vector<io.vavr.Tuple2<String, In>> entries() {
        requireObject();
        Vector<io.vavr.Tuple2<String, In>> entries = Vector.empty();
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            entries = entries.append(io.vavr.Tuple.of(field.getKey(), new In(field.getValue(), child(field.getKey()))));
        }
        return entries;
    }

    String text() {
        if (!node.isTextual()) {
            throw wrongType("a string");
        }
        return node.textValue();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw wrongType("true or false");
        }
        return node.booleanValue();
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType("an integer in 32 bits");
        }
        return node.intValue();
    }

    long longInteger() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType("an integer in 64 bits");
        }
        return node.longValue();
    }

    Instant instant() {
        String text = text();
        try {
            return Instant.parse(text);
        } catch (DateTimeException malformed) {
            throw invalid("must be an ISO-8601 instant in UTC, such as 2026-11-23T18:00:00Z");
        }
    }

    Duration duration() {
        String text = text();
        try {
            return Duration.parse(text);
        } catch (DateTimeException malformed) {
            throw invalid("must be an ISO-8601 duration, such as PT60S");
        }
    }

    /** One of an enumeration, by its wire name. */
    <E extends Enum<E>> E oneOf(Class<E> type, Function<E, String> wireName) {
        String text = text();
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equals(text)) {
                return constant;
            }
        }
        throw new WireException(pointer, "unknown_value", "unknown value \"" + text + "\"");
    }

    /** Text that must parse as an id (or other value) by a domain parser. */
    <T, E> T parsed(Function<String, Either<E, T>> parser, Function<E, String> why) {
        return parser.apply(text()).getOrElseThrow(problem -> invalid(why.apply(problem)));
    }

    <T> Vector<T> array(Function<In, T> element) {
        if (!node.isArray()) {
            throw wrongType("an array");
        }
        if (node.size() > Limits.MAX_ARRAY) {
            throw new WireException(pointer, "too_long", "holds more than " + Limits.MAX_ARRAY + " elements");
        }
        Vector<T> result = Vector.empty();
        for (int i = 0; i < node.size(); i++) {
            result = result.append(element.apply(new In(node.get(i), pointer + "/" + i)));
        }
        return result;
    }

    /** Builds a domain value, reporting a constructor's refusal (a non-positive ordinal, say) at this value. */
    <T> T make(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException refused) {
            throw invalid(String.valueOf(refused.getMessage()));
        }
    }

    WireException invalid(String detail) {
        return new WireException(pointer, "invalid_value", detail);
    }

    private WireException wrongType(String expected) {
        return new WireException(pointer, "wrong_type", "must be " + expected + ", was " + kind());
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw wrongType("an object");
        }
    }

    private String kind() {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case NUMBER -> "a number";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> "something else";
        };
    }

    private String child(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
