package io.livestage.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Identifiers must match exactly: nothing is trimmed, and no control character is allowed at all. */
class CheckingIdentifierTextTest {

    private static Option<TextProblem> check(String text, int max) {
        return Texts.identifierProblem(text, max);
    }

    @Test
    void anIdentifierWithinTheLimitPasses() {
        assertThat(check("abc", 3)).isEmpty();
        assertThat(check("a b", 3)).isEmpty();
    }

    @Test
    void theLimitIsInCodePoints() {
        assertThat(check("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 3)).isEmpty();
        assertThat(check("abcd", 3)).contains(TextProblem.TOO_LONG);
    }

    @Test
    void aBlankIdentifierIsBlankRatherThanSurroundedByWhitespace() {
        assertThat(check("", 10)).contains(TextProblem.BLANK);
        assertThat(check(" \t ", 10)).contains(TextProblem.BLANK);
    }

    @Test
    void surroundingWhitespaceIsNotTrimmedButRefused() {
        assertThat(check(" abc", 10)).contains(TextProblem.SURROUNDING_WHITESPACE);
        assertThat(check("abc\u2003", 10)).contains(TextProblem.SURROUNDING_WHITESPACE);
    }

    @Test
    void noControlCharacterIsAllowedNotEvenNewlineOrTab() {
        assertThat(check("a\nb", 10)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(check("a\tb", 10)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(check("a\u009Bb", 10)).contains(TextProblem.CONTROL_CHARACTER);
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(check("a\uD800b", 10)).contains(TextProblem.UNPAIRED_SURROGATE);
        assertThat(check("a\uDC00", 10)).contains(TextProblem.UNPAIRED_SURROGATE);
    }

    @Test
    void aHugeIdentifierIsTooLong() {
        assertThat(check("x".repeat(1 << 20), 128)).contains(TextProblem.TOO_LONG);
    }
}
