package io.livestage.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.properties.Histories;
import io.livestage.wire.DecodeError;
import io.livestage.wire.StageJson;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Valid documents from generated histories, damaged at a random place (truncated, a character replaced, a span
 * deleted, a value's type changed): every decoder answers a value or a typed error and never throws, and whatever it
 * accepts encodes back to a document it accepts again as the same value.
 */
class HostileDocumentsNeverThrowProperties {

    private static final int EXAMPLES = Math.max(200, Integer.getInteger("livestage.examples", 1000) * 2);

    private static final String REPLACEMENTS = "{}[]\",:0-9eE.tfn\\ \u0000\u00e9\ud83d";

    @Test
    void damagedDocumentsAreValuesOrTypedErrors() {
        AtomicLong refused = new AtomicLong();
        qt().withExamples(EXAMPLES)
                .forAll(
                        Histories.histories(),
                        SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
                        SourceDSL.integers().between(0, 3),
                        SourceDSL.integers().between(0, REPLACEMENTS.length() - 1))
                .checkAssert((history, where, how, with) -> {
                    Vector<String> documents = history.turns()
                            .map(turn -> StageJson.encode(turn.command()))
                            .appendAll(history.events().map(StageJson::encode))
                            .toVector();
                    String valid = documents.get(where % documents.size());
                    String damaged = damage(valid, where, how, REPLACEMENTS.charAt(with));
                    refused.addAndGet(survives(damaged, StageJson::decodeCommand, StageJson::encode));
                    refused.addAndGet(survives(damaged, StageJson::decodeEvent, StageJson::encode));
                    refused.addAndGet(survives(damaged, StageJson::decodeRejection, StageJson::encode));
                    refused.addAndGet(survives(damaged, StageJson::decodeView, StageJson::encode));
                    refused.addAndGet(survives(damaged, StageJson::decodePolicy, StageJson::encode));
                });
        assertThat(refused.get()).as("damaged documents refused").isGreaterThan(EXAMPLES);
    }

    @Test
    void damagedVectorFilesAreValuesOrTypedErrors() throws java.io.IOException {
        java.nio.file.Path kit = io.livestage.tck.conformance.Vectors.kit();
        Vector<String> files = Vector.of(
                java.nio.file.Files.readString(kit.resolve("vectors/matrix/no-room.json")),
                java.nio.file.Files.readString(kit.resolve("client/in-order.json")));
        AtomicLong refused = new AtomicLong();
        qt().withExamples(EXAMPLES / 10)
                .forAll(
                        SourceDSL.integers().between(0, Integer.MAX_VALUE - 1),
                        SourceDSL.integers().between(0, 3),
                        SourceDSL.integers().between(0, REPLACEMENTS.length() - 1))
                .checkAssert((where, how, with) -> {
                    String damaged = damage(files.get(where % files.size()), where, how, REPLACEMENTS.charAt(with));
                    refused.addAndGet(survives(damaged, StageJson::decodeVectors, StageJson::encode));
                    refused.addAndGet(survives(damaged, StageJson::decodeClientVectors, StageJson::encode));
                });
        assertThat(refused.get()).as("damaged vector files refused").isGreaterThan(EXAMPLES / 10);
    }

    private static String damage(String valid, int where, int how, char with) {
        int at = where % valid.length();
        return switch (how) {
            case 0 -> valid.substring(0, at);
            case 1 -> valid.substring(0, at) + with + valid.substring(at + 1);
            case 2 -> valid.substring(0, at) + valid.substring(Math.min(valid.length(), at + 1 + where % 17));
            default -> valid.replaceFirst(":\"", ":" + (where % 2 == 0 ? "[\"" : "{\"x\":\""));
        };
    }

    private static <T> long survives(
            String damaged, Function<String, Either<DecodeError, T>> decode, Function<T, String> encode) {
        Either<DecodeError, T> decoded = decode.apply(damaged);
        if (decoded.isLeft()) {
            assertThat(decoded.getLeft().problem()).isNotBlank();
            return 1;
        }
        String again = encode.apply(decoded.get());
        assertThat(decode.apply(again)).isEqualTo(decoded);
        return 0;
    }
}
