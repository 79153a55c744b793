package io.livestage.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.InvalidId;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/**
 * Clients branch on a problem's code (the six of semantics §3); people read its description, which completes the name
 * of the field into a sentence.
 */
class EachTextProblemHasItsOwnCodeAndWordingTest {

    private static final Vector<TextProblem> PROBLEMS = Vector.of(TextProblem.values());

    @Test
    void theCodesAreTheDocumentedOnes() {
        assertThat(PROBLEMS.map(TextProblem::code))
                .containsExactlyInAnyOrder(
                        "blank",
                        "too_long",
                        "control_character",
                        "unpaired_surrogate",
                        "surrounding_whitespace",
                        "malformed");
    }

    @Test
    void everyProblemIsDescribedAndNoTwoAlike() {
        for (TextProblem problem : PROBLEMS) {
            assertThat(problem.description()).as("description of %s", problem).isNotBlank();
        }
        assertThat(PROBLEMS.map(TextProblem::description).distinct()).hasSize(PROBLEMS.size());
    }

    @Test
    void theDescriptionCompletesTheFieldIntoASentence() {
        assertThat(new InvalidId("user id", TextProblem.BLANK).message()).isEqualTo("user id must not be blank");
        assertThat(new InvalidId("call id", TextProblem.MALFORMED).message()).isEqualTo("call id is malformed");
    }
}
