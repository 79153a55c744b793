package io.livestage.adapters.inmemory.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rejection codes {@code docs/semantics.md} documents, read from its rejection catalogue (section 7), so that a
 * test asserting "a known, stable code" fails when the code and the documentation part.
 */
final class DocumentedCodes {

    private static final Path SEMANTICS = Path.of("..", "docs", "semantics.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| `[A-Z]");

    private DocumentedCodes() {}

    /** The codes of section 7's table. */
    static Set<String> rejections() {
        List<String> lines;
        try {
            lines = Files.readAllLines(SEMANTICS);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(
                    "the rejection catalogue is read from " + SEMANTICS.toAbsolutePath(), unreadable);
        }
        Set<String> codes = new TreeSet<>();
        boolean inCatalogue = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inCatalogue = line.startsWith("## 7.");
            }
            Matcher row = ROW.matcher(line);
            if (inCatalogue && row.find()) {
                codes.add(row.group(1));
            }
        }
        return codes;
    }
}
