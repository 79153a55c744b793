package io.livestage.conformance.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The patterns of {@code ids.json} say exactly what the domain says: an id text is valid by the schema exactly when
 * the domain parses it, and a duration written as {@code java.time.Duration} writes it is valid by a policy setting's
 * pattern exactly when it is inside that setting's range. The texts are drawn to sit on every edge: blanks of every
 * kind, control characters, astral characters, lengths around 128, ordinals around 0 and 2^31, durations around a
 * second, an hour and a day.
 */
class PatternsAgreeWithTheDomainProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXAMPLES = Math.max(300, Integer.getInteger("livestage.examples", 1000) / 2);

    /** Characters an id may or may not hold, with plain letters most likely so that lengths reach 128. */
    private static final List<String> ALPHABET = List.of(
            "a",
            "a",
            "a",
            "a",
            "a",
            "a",
            "a",
            "a",
            "b",
            "#",
            "q",
            "1",
            "0",
            "é",
            "\uD83D\uDE00",
            " ",
            "\t",
            "\n",
            "\u00A0",
            "\u1680",
            "\u2007",
            "\u200B",
            "\u202F",
            "\u205F",
            "\u3000",
            "\uFEFF",
            "\u180E",
            "\u0007",
            "\u007F",
            "\u0085",
            "\u2028",
            "\u2029");

    @Test
    void anIdIsValidBySchemaExactlyWhenTheDomainParsesIt() {
        Outcomes outcomes = new Outcomes();
        qt().withExamples(EXAMPLES).forAll(ids()).checkAssert(text -> {
            boolean parses = outcomes.count("user id", UserId.parse(text).isRight());
            assertThat(valid("ids.json#/$defs/userId", text))
                    .as("user id %s", json(text))
                    .isEqualTo(parses);
            String call = text + "#1";
            assertThat(valid("ids.json#/$defs/callId", call))
                    .as("call id %s", json(call))
                    .isEqualTo(CallId.parse(call).isRight());
        });
        outcomes.assertBothSidesReached();
    }

    @Test
    void anOrdinalIsValidBySchemaExactlyWhenTheDomainParsesIt() {
        Outcomes outcomes = new Outcomes();
        qt().withExamples(EXAMPLES).forAll(ordinals()).checkAssert(digits -> {
            boolean parses =
                    outcomes.count("ordinal", QuestionId.parse("q" + digits).isRight());
            assertThat(valid("ids.json#/$defs/questionId", "q" + digits))
                    .as("q%s", digits)
                    .isEqualTo(parses);
            assertThat(valid("ids.json#/$defs/callId", "ama#" + digits))
                    .as("ama#%s", digits)
                    .isEqualTo(CallId.parse("ama#" + digits).isRight());
        });
        outcomes.assertBothSidesReached();
    }

    @Test
    void aDurationIsValidBySchemaExactlyWhenItIsInRange() {
        Duration second = Duration.ofSeconds(1);
        Duration hour = Duration.ofHours(1);
        Duration day = Duration.ofDays(1);
        Outcomes outcomes = new Outcomes();
        qt().withExamples(EXAMPLES).forAll(durations()).checkAssert(duration -> {
            String text = duration.toString();
            boolean negative = duration.isNegative();
            assertThat(valid("ids.json#/$defs/duration", text))
                    .as(text)
                    .isEqualTo(outcomes.count("duration", !negative));
            assertThat(valid("ids.json#/$defs/durationUpToAnHour", text))
                    .as(text)
                    .isEqualTo(outcomes.count("up to an hour", !negative && duration.compareTo(hour) <= 0));
            assertThat(valid("ids.json#/$defs/durationUpToADay", text))
                    .as(text)
                    .isEqualTo(outcomes.count("up to a day", !negative && duration.compareTo(day) <= 0));
            assertThat(valid("ids.json#/$defs/durationFromASecondToADay", text))
                    .as(text)
                    .isEqualTo(outcomes.count(
                            "a second to a day", duration.compareTo(second) >= 0 && duration.compareTo(day) <= 0));
        });
        outcomes.assertBothSidesReached();
    }

    /** Which answers each check gave, so that a generator reaching only one side of an edge fails the test. */
    private static final class Outcomes {
        private final java.util.Map<String, java.util.Set<Boolean>> seen =
                new java.util.concurrent.ConcurrentHashMap<>();

        boolean count(String check, boolean answer) {
            seen.computeIfAbsent(check, name -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                    .add(answer);
            return answer;
        }

        void assertBothSidesReached() {
            assertThat(seen).isNotEmpty();
            seen.forEach((check, answers) -> assertThat(answers).as(check).containsExactlyInAnyOrder(true, false));
        }
    }

    private static Gen<String> ids() {
        Gen<String> character =
                SourceDSL.integers().between(0, ALPHABET.size() - 1).map(ALPHABET::get);
        return SourceDSL.integers()
                .between(0, 132)
                .flatMap(length -> SourceDSL.lists().of(character).ofSize(length))
                .map(characters -> String.join("", characters));
    }

    /** Decimal texts around the edges of an ordinal: 0, 1, 2^31-1, 2^31, leading zeros, more than ten digits. */
    private static Gen<String> ordinals() {
        Gen<String> near = SourceDSL.longs()
                .between(-2, 3)
                .zip(SourceDSL.integers().between(0, 3), (delta, base) -> {
                    long[] bases = {0, 9, Integer.MAX_VALUE, 99_999_999_999L};
                    return Long.toString(bases[base] + delta);
                });
        Gen<String> any = SourceDSL.longs().between(0, 99_999_999_999L).map(n -> Long.toString(n));
        Gen<String> padded = any.map(digits -> "0" + digits);
        return near.mix(any, 40).mix(padded, 20);
    }

    /** Durations around 0, a second, an hour and a day, with and without fractions of a second. */
    private static Gen<Duration> durations() {
        long[] edges = {0, 1, 59, 60, 3_599, 3_600, 3_601, 86_399, 86_400, 86_401, 90_000};
        Gen<Long> seconds = SourceDSL.integers()
                .between(0, edges.length - 1)
                .zip(SourceDSL.longs().between(-2, 2), (edge, delta) -> edges[edge] + delta)
                .mix(SourceDSL.longs().between(-100, 100_000), 50);
        Gen<Integer> nanos = SourceDSL.integers()
                .between(0, 4)
                .zip(SourceDSL.integers().between(1, 999_999_999), (kind, any) -> {
                    int[] choices = {0, 0, 1, 500_000_000, 999_999_999};
                    return kind == 4 && any % 2 == 0 ? any : choices[kind];
                });
        return seconds.zip(nanos, (s, n) -> Duration.ofSeconds(s).plusNanos(n));
    }

    private static boolean valid(String schema, String text) {
        return SchemaFiles.problems(schema, json(text)).isEmpty();
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
