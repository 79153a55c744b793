package io.livestage.tck.conformance;

import io.livestage.wire.StageJson;
import io.livestage.wire.vector.ClientVectorGroup;
import io.livestage.wire.vector.VectorGroup;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The checked-in vector files, found from the working directory: {@code conformance/vectors/**}{@code /*.json} (rule
 * vectors) and {@code conformance/client/*.json} (client vectors). Maven runs a module's tests in the module's
 * directory, so the kit is found by walking up from there; the system property {@code livestage.conformance} names
 * the {@code conformance} directory explicitly.
 */
public final class Vectors {

    private Vectors() {}

    /** The {@code conformance} directory of this checkout. */
    public static Path kit() {
        String named = System.getProperty("livestage.conformance");
        if (named != null) {
            return Path.of(named);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path kit = dir.resolve("conformance");
            if (Files.isDirectory(kit.resolve("vectors"))) {
                return kit;
            }
        }
        throw new IllegalStateException("no conformance/vectors above "
                + Path.of("").toAbsolutePath() + "; set -Dlivestage.conformance=<path of the conformance directory>");
    }

    /** Every rule vector file, by path relative to {@code conformance/vectors}, in path order. */
    public static Seq<Tuple2<String, VectorGroup>> rules() {
        return read(
                kit().resolve("vectors"),
                text -> StageJson.decodeVectors(text)
                        .getOrElseThrow(error -> new IllegalStateException(error.toString())));
    }

    /** Every client vector file, by path relative to {@code conformance/client}, in path order. */
    public static Seq<Tuple2<String, ClientVectorGroup>> clients() {
        return read(
                kit().resolve("client"),
                text -> StageJson.decodeClientVectors(text)
                        .getOrElseThrow(error -> new IllegalStateException(error.toString())));
    }

    private static <T> Seq<Tuple2<String, T>> read(Path dir, Function<String, T> decoder) {
        if (!Files.isDirectory(dir)) {
            return Vector.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return Vector.ofAll(files.filter(file -> file.toString().endsWith(".json"))
                            .sorted()
                            .toList())
                    .map(file -> Tuple.of(dir.relativize(file).toString().replace('\\', '/'), decode(file, decoder)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static <T> T decode(Path file, Function<String, T> decoder) {
        try {
            return decoder.apply(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (IllegalStateException invalid) {
            throw new IllegalStateException(file + ": " + invalid.getMessage(), invalid);
        }
    }
}
