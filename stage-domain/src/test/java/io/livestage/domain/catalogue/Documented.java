package io.livestage.domain.catalogue;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading tables and sections out of the repository's Markdown docs (tests run in the module directory). */
final class Documented {

    private Documented() {}

    /** The lines of {@code document} (relative to the repository root) from the heading {@code from} to the next. */
    static Seq<String> section(String document, String from) {
        Seq<String> lines = lines(document);
        Seq<String> rest = lines.dropWhile(line -> !line.equals(from));
        if (rest.isEmpty()) {
            throw new AssertionError(document + " has no heading " + from);
        }
        String level = from.substring(0, from.indexOf(' ') + 1);
        return rest.tail().takeWhile(line -> !(line.startsWith("#") && line.startsWith(level)));
    }

    /** For every table row whose first two cells match {@code row}, group 1 mapped to group 2, in document order. */
    static Map<String, String> pairs(Seq<String> lines, Pattern row) {
        Map<String, String> found = LinkedHashMap.empty();
        for (String line : lines) {
            Matcher matcher = row.matcher(line);
            if (matcher.find()) {
                if (found.containsKey(matcher.group(1))) {
                    throw new AssertionError("documented twice: " + matcher.group(1));
                }
                found = found.put(matcher.group(1), matcher.group(2));
            }
        }
        return found;
    }

    private static Seq<String> lines(String document) {
        try {
            return Vector.ofAll(Files.readAllLines(Path.of("..").resolve(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
