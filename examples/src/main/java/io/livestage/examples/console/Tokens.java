package io.livestage.examples.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a console line into words: whitespace separates, double quotes keep text together ({@code ask carol "How
 * does it work?"}), and a backslash inside quotes escapes the next character.
 */
final class Tokens {

    private Tokens() {}

    /** The words of {@code line}, or an error message if a quote is never closed. */
    static Parsed parse(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quoted) {
            return new Parsed(List.of(), "a quote is not closed: end the text with \"");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return new Parsed(List.copyOf(words), null);
    }

    /**
     * A parsed line.
     *
     * @param words the words, quotes removed
     * @param error why the line could not be split, or null
     */
    record Parsed(List<String> words, String error) {}
}
