package io.livestage.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.Capabilities;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.Change;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.view.StageView;
import io.livestage.wire.vector.ClientVectorGroup;
import io.livestage.wire.vector.VectorGroup;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/**
 * The livestage JSON wire protocol, both ways. Encoding is total and deterministic (the same value always gives the
 * same text, fields in a fixed order). Decoding is strict and bounded and never throws for any input: it answers the
 * value or a {@link DecodeError} naming the JSON pointer of the first problem (malformed JSON, a duplicate key, an
 * unknown type or field, a missing or mistyped field, an invalid id, a value out of bounds).
 *
 * <p>The shapes are specified by the JSON Schemas under {@code conformance/schema/} and explained in {@code
 * docs/conformance.md}. Thread-safe; every method is static.
 *
 * <p>Cost: linear in the size of the document; a document is at most 4 MiB, 16 levels deep, strings at most 40,000
 * chars, arrays at most 10,000 elements.
 */
public final class StageJson {

    private static final ObjectMapper MAPPER = mapper();

    private StageJson() {}

    /** A command, as a client or server sends it. */
    public static String encode(Command command) {
        return write(CommandCodec.encode(Objects.requireNonNull(command, "command")));
    }

    /** An event; for anything leaving the server, pass the copy the recipient may see ({@link StageEvent#seenBy}). */
    public static String encode(StageEvent event) {
        return write(EventCodec.encode(Objects.requireNonNull(event, "event")));
    }

    /** An event's payload alone: what a log line or a client that already knows the type shows. */
    public static String encodePayload(Change change) {
        return write(ChangeCodec.encode(Objects.requireNonNull(change, "change")));
    }

    /** The body of {@code GET /api/info}: {@code {"features":["live_stage"]}}, features sorted. */
    public static String encodeInfo(Set<String> features) {
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode list = json.putArray("features");
        features.toSortedSet().forEach(list::add);
        return write(json);
    }

    /** A rejection: its code, message and typed fields. */
    public static String encode(Rejection rejection) {
        return write(RejectionCodec.encode(Objects.requireNonNull(rejection, "rejection")));
    }

    /** A policy, every setting written out. */
    public static String encode(StagePolicy policy) {
        return write(PolicyCodec.encode(Objects.requireNonNull(policy, "policy")));
    }

    /** One viewer's stage view. */
    public static String encode(StageView view) {
        return write(ViewCodec.encode(Objects.requireNonNull(view, "view")));
    }

    /** What a viewer may do: each action allowed, or refused with its rejection. */
    public static String encode(Capabilities capabilities) {
        return write(CapabilitiesCodec.encode(Objects.requireNonNull(capabilities, "capabilities")));
    }

    /**
     * A file of rule vectors, pretty-printed (two spaces, {@code \n}, a final newline) so that a change of rules
     * reads as a diff of vectors.
     */
    public static String encode(VectorGroup vectors) {
        return pretty(VectorCodec.encode(Objects.requireNonNull(vectors, "vectors")));
    }

    /** A file of client vectors, pretty-printed as {@link #encode(VectorGroup)}. */
    public static String encode(ClientVectorGroup vectors) {
        return pretty(ClientVectorCodec.encode(Objects.requireNonNull(vectors, "vectors")));
    }

    public static Either<DecodeError, VectorGroup> decodeVectors(String json) {
        return decode(json, VectorCodec::decode);
    }

    public static Either<DecodeError, ClientVectorGroup> decodeClientVectors(String json) {
        return decode(json, ClientVectorCodec::decode);
    }

    public static Either<DecodeError, Command> decodeCommand(String json) {
        return decode(json, CommandCodec::decode);
    }

    public static Either<DecodeError, StageEvent> decodeEvent(String json) {
        return decode(json, EventCodec::decode);
    }

    public static Either<DecodeError, Rejection> decodeRejection(String json) {
        return decode(json, RejectionCodec::decode);
    }

    /** A policy; absent settings take their defaults, unknown settings and out-of-range values are refused. */
    public static Either<DecodeError, StagePolicy> decodePolicy(String json) {
        return decode(json, PolicyCodec::decode);
    }

    public static Either<DecodeError, StageView> decodeView(String json) {
        return decode(json, ViewCodec::decode);
    }

    public static Either<DecodeError, Capabilities> decodeCapabilities(String json) {
        return decode(json, CapabilitiesCodec::decode);
    }

    private static <T> Either<DecodeError, T> decode(String json, Function<In, T> decoder) {
        Objects.requireNonNull(json, "json");
        if (json.length() > Limits.MAX_DOCUMENT) {
            return Either.left(new DecodeError("", "too_large", "document longer than " + Limits.MAX_DOCUMENT));
        }
        JsonNode tree;
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                tree = MAPPER.readTree(parser);
            } catch (StreamConstraintsException tooBig) {
                return Either.left(new DecodeError(pointerOf(parser), "too_large", tooBig.getOriginalMessage()));
            } catch (JsonProcessingException malformed) {
                String problem = malformed.getOriginalMessage().startsWith("Duplicate field")
                        ? "duplicate_key"
                        : "malformed_json";
                return Either.left(new DecodeError(pointerOf(parser), problem, malformed.getOriginalMessage()));
            }
        } catch (java.io.IOException unreadable) {
            return Either.left(new DecodeError("", "malformed_json", String.valueOf(unreadable.getMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            return Either.left(new DecodeError("", "malformed_json", "no JSON value"));
        }
        try {
            return Either.right(decoder.apply(In.root(tree)));
        } catch (WireException invalid) {
            return Either.left(invalid.error());
        }
    }

    private static String pointerOf(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    private static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always writes", impossible);
        }
    }

    private static String pretty(ObjectNode json) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance)
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return MAPPER.writer(printer).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree always writes", impossible);
        }
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Limits.MAX_DEPTH)
                        .maxStringLength(Limits.MAX_STRING)
                        .maxNumberLength(32)
                        .maxNameLength(256)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
