package io.livestage.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Free text (room names, questions) is checked after trimming; multi-line text may hold newlines and tabs. */
class CheckingFreeTextTest {

    private static final String GRIN = "\uD83D\uDE00";

    private static Option<TextProblem> multiline(String text, int max) {
        return Texts.freeTextProblem(text, max, true);
    }

    private static Option<TextProblem> singleLine(String text, int max) {
        return Texts.freeTextProblem(text, max, false);
    }

    @Test
    void textWithinTheLimitPasses() {
        assertThat(multiline("Why?", 4)).isEmpty();
        assertThat(singleLine("Key rotation AMA", 100)).isEmpty();
    }

    @Test
    void theLimitIsInclusiveAndCountedInCodePoints() {
        assertThat(multiline(GRIN.repeat(4), 4)).isEmpty();
        assertThat(multiline(GRIN.repeat(5), 4)).contains(TextProblem.TOO_LONG);
        assertThat(multiline("Why?!", 4)).contains(TextProblem.TOO_LONG);
    }

    @Test
    void blankTextIsBlank() {
        assertThat(multiline("", 10)).contains(TextProblem.BLANK);
        assertThat(multiline("\n\t ", 10)).contains(TextProblem.BLANK);
    }

    @Test
    void multiLineTextMayHoldNewlinesAndTabs() {
        assertThat(multiline("one\ntwo\tthree", 20)).isEmpty();
    }

    @Test
    void singleLineTextMayNot() {
        assertThat(singleLine("one\ntwo", 20)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(singleLine("one\ttwo", 20)).contains(TextProblem.CONTROL_CHARACTER);
    }

    @Test
    void otherControlCharactersAreRefusedEvenInMultiLineText() {
        assertThat(multiline("one\rtwo", 20)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(multiline("one\u0000two", 20)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(multiline("one\u001B[2Jtwo", 20)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(multiline("one\u0085two", 20)).contains(TextProblem.CONTROL_CHARACTER);
    }

    @Test
    void unicodeLineAndParagraphSeparatorsAreRefused() {
        assertThat(multiline("one\u2028two", 20)).contains(TextProblem.CONTROL_CHARACTER);
        assertThat(multiline("one\u2029two", 20)).contains(TextProblem.CONTROL_CHARACTER);
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(multiline("why\uD83D?", 20)).contains(TextProblem.UNPAIRED_SURROGATE);
        assertThat(multiline("why\uDE00", 20)).contains(TextProblem.UNPAIRED_SURROGATE);
        assertThat(multiline("\uDE00\uD83D", 20)).contains(TextProblem.UNPAIRED_SURROGATE);
    }

    @Test
    void aMegabyteOfTextIsTooLong() {
        assertThat(multiline("x".repeat(1 << 20), 500)).contains(TextProblem.TOO_LONG);
    }
}
