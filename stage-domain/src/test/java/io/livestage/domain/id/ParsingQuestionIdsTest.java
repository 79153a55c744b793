package io.livestage.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.text.TextProblem;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** A question id's text form is {@code q<ordinal>}. */
class ParsingQuestionIdsTest {

    @Test
    void theTextFormParsesIntoTheOrdinal() {
        assertThat(QuestionId.parse("q7")).isEqualTo(Either.right(new QuestionId(7)));
    }

    @Test
    void theTextFormRoundTrips() {
        for (String text : new String[] {"q1", "q42", "q2147483647"}) {
            assertThat(QuestionId.parse(text).map(QuestionId::toString)).isEqualTo(Either.right(text));
        }
    }

    @Test
    void malformedFormsAreRefused() {
        for (String bad : new String[] {
            "", "q", "7", "Q7", "q0", "q07", "q-1", "q+1", "q7x", " q7", "q7 ", "qq7", "q2147483648", "q99999999999"
        }) {
            assertThat(QuestionId.parse(bad))
                    .as("parsing %s", bad)
                    .isEqualTo(Either.left(new InvalidId("question id", TextProblem.MALFORMED)));
        }
    }

    @Test
    void everyDecimalDigitCountsAndNothingNextToThemInUnicode() {
        assertThat(QuestionId.parse("q1234567890")).isEqualTo(Either.right(new QuestionId(1_234_567_890)));
        assertThat(QuestionId.parse("q9")).isEqualTo(Either.right(new QuestionId(9)));
        for (String bad : new String[] {"q1/", "q1:", "q/1", "q:1"}) {
            assertThat(QuestionId.parse(bad))
                    .as("parsing %s", bad)
                    .isEqualTo(Either.left(new InvalidId("question id", TextProblem.MALFORMED)));
        }
    }

    @Test
    void questionIdsOrderByOrdinal() {
        assertThat(new QuestionId(2)).isLessThan(new QuestionId(10));
    }

    @Test
    void theConstructorRefusesANonPositiveOrdinal() {
        assertThatThrownBy(() -> new QuestionId(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofIsParseForIdsInCodeAndThrowsWhatParseWouldReturn() {
        assertThat(QuestionId.of("q7")).isEqualTo(new QuestionId(7));
        assertThatThrownBy(() -> QuestionId.of("7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("question id " + TextProblem.MALFORMED.description());
    }
}
