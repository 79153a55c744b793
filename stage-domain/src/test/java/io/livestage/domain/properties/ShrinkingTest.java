package io.livestage.domain.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.event.EventType;
import io.livestage.domain.event.StageEvent;
import io.vavr.collection.Vector;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A failing sequence property reports a short, readable counterexample: run on a claim that is false (no question is
 * ever dismissed), QuickTheories shrinks the sequence, and the report then deletes every command that does not matter,
 * leaving the few that make a dismissal happen, one readable command per line.
 */
class ShrinkingTest {

    /** Fewer than QuickTheories' default, to keep this test quick: deleting needless commands finishes the job. */
    private static final int SHRINK_CYCLES = 500;

    /** One command of a report: {@code  3. t=12s hana dismissQuestion(ama#1, q1)  → ...}. */
    private static final Pattern COMMAND = Pattern.compile("^\\s*\\d+\\. t=\\d+s \\w+ \\w+\\(.*\\)  → .+$");

    @Test
    void a_falsified_sequence_property_shrinks_to_the_commands_that_matter() {
        Throwable failure = catchThrowable(() -> qt().withFixedSeed(7L)
                .withShrinkCycles(SHRINK_CYCLES)
                .withExamples(1000)
                .forAll(Scenario.scenarios())
                .checkAssert(scenario -> Runs.verify(
                        scenario,
                        () -> step -> assertThat(step.events().map(StageEvent::type))
                                .doesNotContain(EventType.QUESTION_DISMISSED))));

        assertThat(failure).isInstanceOf(AssertionError.class);
        String report = failure.getMessage();
        String deleted = report.substring(report.indexOf("does not matter deleted:"));
        String essential = deleted.substring(0, deleted.indexOf("after command"));
        Vector<String> commands = Vector.of(essential.split("\n"))
                .filter(line -> COMMAND.matcher(line).matches());
        assertThat(commands.last()).contains("dismissQuestion(").contains("QUESTION_DISMISSED");
        assertThat(commands.filter(line -> line.contains("submitStageQuestion(")))
                .hasSize(1);
        assertThat(commands.size()).as("commands left:\n%s", essential).isBetween(2, 4);
    }
}
