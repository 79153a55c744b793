package io.livestage.domain.questions;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.text.TextProblem.BLANK;
import static io.livestage.domain.text.TextProblem.CONTROL_CHARACTER;
import static io.livestage.domain.text.TextProblem.TOO_LONG;
import static io.livestage.domain.text.TextProblem.UNPAIRED_SURROGATE;

import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.rejection.InvalidQuestion;
import io.livestage.domain.testing.Given;
import io.livestage.domain.testing.When;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** Question text after trimming: 1 to {@code maxQuestionLength} code points, newline and tab the only controls. */
class InvalidQuestionTextTest {

    private static final String GRIN = "\uD83D\uDE00"; // one code point, two UTF-16 units

    private static final Given STAGE = Given.stageRoom().joined(HANA, ALICE);
    private static final Given FIVE_LONG =
            Given.room(Given.stagePolicy().maxQuestionLength(5).build()).joined(HANA, ALICE);

    private static When ask(Given given, String text) {
        return given.when(ALICE, new SubmitStageQuestion(CALL, text, false));
    }

    private static QuestionSubmitted asked(String text) {
        return new QuestionSubmitted(new QuestionId(1), text, false, Option.some(ALICE));
    }

    @Test
    void anEmptyQuestionIsBlank() {
        ask(STAGE, "").thenRejected(new InvalidQuestion(BLANK));
    }

    @Test
    void aWhitespaceOnlyQuestionIsBlank() {
        ask(STAGE, " \t\n \u2003 ").thenRejected(new InvalidQuestion(BLANK));
    }

    /** Texts.trim promises that a non-breaking space is trimmed too, so a question of them is whitespace only. */
    @Test
    void aQuestionOfNonBreakingSpacesIsBlank() {
        ask(STAGE, "\u00A0 \u00A0").thenRejected(new InvalidQuestion(BLANK));
    }

    @Test
    void theDefaultLimitIs500CodePoints() {
        ask(STAGE, "x".repeat(500)).thenEvents(asked("x".repeat(500)));
        ask(STAGE, "x".repeat(501)).thenRejected(new InvalidQuestion(TOO_LONG));
    }

    @Test
    void aQuestionLongerThanThePolicyAllowsIsTooLong() {
        ask(FIVE_LONG, "abcdef").thenRejected(new InvalidQuestion(TOO_LONG));
    }

    @Test
    void theLengthIsCountedAfterTrimming() {
        ask(FIVE_LONG, "   abcde   ").thenEvents(asked("abcde"));
    }

    @Test
    void anEmojiCountsAsOneCodePoint() {
        ask(FIVE_LONG, GRIN.repeat(5)).thenEvents(asked(GRIN.repeat(5)));
        ask(FIVE_LONG, GRIN.repeat(6)).thenRejected(new InvalidQuestion(TOO_LONG));
    }

    @Test
    void controlCharactersAreRefused() {
        ask(STAGE, "why\u0007?").thenRejected(new InvalidQuestion(CONTROL_CHARACTER));
        ask(STAGE, "why\u0000?").thenRejected(new InvalidQuestion(CONTROL_CHARACTER));
        ask(STAGE, "why\u001B[31m?").thenRejected(new InvalidQuestion(CONTROL_CHARACTER));
    }

    @Test
    void aCarriageReturnIsAControlCharacterToo() {
        ask(STAGE, "line one\r\nline two").thenRejected(new InvalidQuestion(CONTROL_CHARACTER));
    }

    @Test
    void newlinesAndTabsInsideTheTextAreKept() {
        ask(STAGE, "line one\nline\ttwo").thenEvents(asked("line one\nline\ttwo"));
    }

    @Test
    void aLoneHighSurrogateIsRefused() {
        ask(STAGE, "why\uD83D?").thenRejected(new InvalidQuestion(UNPAIRED_SURROGATE));
        ask(STAGE, "why\uD83D").thenRejected(new InvalidQuestion(UNPAIRED_SURROGATE));
    }

    @Test
    void aLoneLowSurrogateIsRefused() {
        ask(STAGE, "why\uDE00?").thenRejected(new InvalidQuestion(UNPAIRED_SURROGATE));
    }

    @Test
    void aSurrogatePairInTheWrongOrderIsRefused() {
        ask(STAGE, "why\uDE00\uD83D?").thenRejected(new InvalidQuestion(UNPAIRED_SURROGATE));
    }
}
