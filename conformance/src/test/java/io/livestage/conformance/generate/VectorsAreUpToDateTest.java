package io.livestage.conformance.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.tck.conformance.Vectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked-in vectors are exactly what the generator writes from today's rules (golden files): a rule change that
 * alters any vector fails here until the vectors are regenerated and the diff reviewed. With
 * {@code -Dlivestage.conformance.write=true} the test writes the vectors instead of comparing (see {@code
 * docs/conformance.md}).
 */
class VectorsAreUpToDateTest {

    @Test
    void everyCheckedInFileIsWhatTheGeneratorWrites() throws IOException {
        Path kit = Vectors.kit();
        var expected = Kit.files();
        assertThat(Script.MISMATCHES).isEmpty();
        if (Boolean.getBoolean("livestage.conformance.write")) {
            Kit.write(kit, expected);
        }
        for (var file : expected) {
            Path path = kit.resolve(file._1);
            assertThat(path).as("%s is generated but not checked in", file._1).exists();
            assertThat(Files.readString(path, StandardCharsets.UTF_8))
                    .as("%s differs from what the generator writes: regenerate and review the diff", file._1)
                    .isEqualTo(file._2);
        }
        try (Stream<Path> present =
                Stream.concat(Files.walk(kit.resolve("vectors")), Files.walk(kit.resolve("client")))) {
            assertThat(present.filter(p -> p.toString().endsWith(".json"))
                            .map(p -> kit.relativize(p).toString().replace('\\', '/')))
                    .as("checked-in files the generator does not write")
                    .allMatch(name -> expected.map(f -> f._1).contains(name));
        }
    }
}
