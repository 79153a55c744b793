package io.livestage.domain.text;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * The one place that decides whether user-supplied text is acceptable. Ids, room names and questions all pass
 * through here, so hostile input (control characters, unpaired surrogates, megabyte strings) is refused the same way
 * everywhere.
 *
 * <p>Lengths are counted in Unicode code points, not UTF-16 units, so an emoji counts as one. The scan stops at the
 * first problem and never looks further than {@code maxCodePoints + 1} code points, so a 1 MB string costs no more than
 * a short one.
 */
public final class Texts {

    private Texts() {}

    /**
     * Checks text that must match exactly (an id): non-blank, no surrounding whitespace, at most {@code maxCodePoints},
     * no control characters, no unpaired surrogates.
     */
    public static Option<TextProblem> identifierProblem(String text, int maxCodePoints) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return Option.some(TextProblem.BLANK);
        }
        if (Character.isWhitespace(text.codePointAt(0))
                || Character.isWhitespace(text.codePointBefore(text.length()))) {
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
        if (trimmed.isBlank()) {
            return Option.some(TextProblem.BLANK);
        }
        return scan(trimmed, maxCodePoints, multiline);
    }

    /** Trims whitespace at both ends, Unicode-aware ({@link String#strip()}), so a non-breaking space is trimmed too. */
    public static String trim(String text) {
        return Objects.requireNonNull(text, "text").strip();
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
