package io.livestage.domain.text;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The one place that decides whether user-supplied text is acceptable. Ids, room names and questions all pass
 * through here, so hostile input (control characters, unpaired surrogates, megabyte strings) is refused the same way
 * everywhere.
 *
 * <p>Lengths are counted in Unicode code points, not UTF-16 units, so an emoji counts as one. The scan stops at the
 * first problem and never looks further than {@code maxCodePoints + 1} code points past the leading blanks. Trimming
 * and the blank check walk leading and trailing blank code points, so the worst case (a megabyte of spaces) is linear
 * in the input, once; anything else costs what its first {@code maxCodePoints + 1} code points cost.
 *
 * <p>"Blank" here means invisible: Unicode white space and space separators (so the non-breaking spaces U+00A0, U+2007
 * and U+202F count), the zero-width space U+200B and the byte-order mark U+FEFF. Trimming, blank checks and the
 * surrounding-whitespace check of ids all use this one definition.
 */
public final class Texts {

    private Texts() {}

    /**
     * Checks text that must match exactly (an id): non-blank, no surrounding whitespace, at most {@code maxCodePoints},
     * no control characters, no unpaired surrogates.
     */
    public static Option<TextProblem> identifierProblem(String text, int maxCodePoints) {
        Objects.requireNonNull(text, "text");
        if (isBlank(text)) {
            return Option.some(TextProblem.BLANK);
        }
        if (isBlank(text.codePointAt(0)) || isBlank(text.codePointBefore(text.length()))) {
            return Option.some(TextProblem.SURROUNDING_WHITESPACE);
        }
        return scan(text, maxCodePoints, false);
    }

    /**
     * Checks already-trimmed free text (a room name, a question): non-blank, at most {@code maxCodePoints}, no unpaired
     * surrogates, and no control characters except newline and tab when {@code multiline}.
     */
    public static Option<TextProblem> freeTextProblem(String trimmed, int maxCodePoints, boolean multiline) {
        Objects.requireNonNull(trimmed, "trimmed");
        if (isBlank(trimmed)) {
            return Option.some(TextProblem.BLANK);
        }
        return scan(trimmed, maxCodePoints, multiline);
    }

    /** Removes blank code points (see the class comment) from both ends, so a non-breaking space is trimmed too. */
    public static String trim(String text) {
        Objects.requireNonNull(text, "text");
        int start = 0;
        while (start < text.length() && isBlank(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        int end = text.length();
        while (end > start && isBlank(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Whether every code point of {@code text} is blank (true for the empty string). */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!isBlank(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Unicode white space or space separator, zero-width space, or byte-order mark. */
    static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || codePoint == 0x200B
                || codePoint == 0xFEFF;
    }

    private static Option<TextProblem> scan(String text, int maxCodePoints, boolean multiline) {
        int codePoints = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int codePoint;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Option.some(TextProblem.UNPAIRED_SURROGATE);
                }
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else if (Character.isLowSurrogate(c)) {
                return Option.some(TextProblem.UNPAIRED_SURROGATE);
            } else {
                codePoint = c;
                i += 1;
            }
            if (isForbiddenControl(codePoint, multiline)) {
                return Option.some(TextProblem.CONTROL_CHARACTER);
            }
            if (++codePoints > maxCodePoints) {
                return Option.some(TextProblem.TOO_LONG);
            }
        }
        return Option.none();
    }

    private static boolean isForbiddenControl(int codePoint, boolean multiline) {
        if (multiline && (codePoint == '\n' || codePoint == '\t')) {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint == 0x2028 // line separator
                || codePoint == 0x2029; // paragraph separator
    }
}
