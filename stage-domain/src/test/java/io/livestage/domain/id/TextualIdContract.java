package io.livestage.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livestage.domain.rejection.InvalidInput;
import io.livestage.domain.text.TextProblem;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * What every textual id (user, room, command) promises: non-blank, at most 128 code points, no control characters, no
 * unpaired surrogates, no surrounding whitespace. {@code parse} reports the problem; the constructor throws.
 */
abstract class TextualIdContract<T> {

    private static final String GRIN = "\uD83D\uDE00";

    /** The kind named in rejections: "user id". */
    abstract String kind();

    abstract Either<InvalidId, T> parse(String raw);

    abstract T construct(String value);

    /** The {@code of} shorthand. */
    abstract T shorthand(String value);

    abstract String valueOf(T id);

    @Test
    void aPlainIdIsAccepted() {
        assertThat(parse("alice-42_x.y@example").map(this::valueOf)).isEqualTo(Either.right("alice-42_x.y@example"));
    }

    @Test
    void parsingAndConstructingAgree() {
        assertThat(parse("alice")).isEqualTo(Either.right(construct("alice")));
    }

    @Test
    void theShorthandBuildsTheSameIdAsTheConstructor() {
        assertThat(shorthand("alice-42")).isEqualTo(construct("alice-42"));
        assertThat(valueOf(shorthand("alice-42"))).isEqualTo("alice-42");
    }

    @Test
    void theTextFormIsTheValueExactlyAsGiven() {
        for (String value : new String[] {"alice", "Room 7", "x".repeat(128), GRIN}) {
            assertThat(construct(value).toString()).as("text of %s", value).isEqualTo(value);
        }
    }

    @Test
    void anIdOf128CodePointsIsAccepted() {
        assertThat(parse("x".repeat(128)).isRight()).isTrue();
        assertThat(parse(GRIN.repeat(128)).isRight()).isTrue();
    }

    @Test
    void anIdOf129CodePointsIsTooLong() {
        refused("x".repeat(129), TextProblem.TOO_LONG);
        refused(GRIN.repeat(129), TextProblem.TOO_LONG);
    }

    @Test
    void anEmptyIdIsBlank() {
        refused("", TextProblem.BLANK);
    }

    @Test
    void aWhitespaceOnlyIdIsBlank() {
        refused("   ", TextProblem.BLANK);
        refused("\t\n", TextProblem.BLANK);
    }

    @Test
    void anIdWrappedInInvisibleSpacesIsRefused() {
        refused("\u00A0alice", TextProblem.SURROUNDING_WHITESPACE);
        refused("alice\u202F", TextProblem.SURROUNDING_WHITESPACE);
        refused("\u200Balice", TextProblem.SURROUNDING_WHITESPACE);
        refused("\u00A0\uFEFF", TextProblem.BLANK);
    }

    @Test
    void controlCharactersAreRefused() {
        refused("a\u0000b", TextProblem.CONTROL_CHARACTER);
        refused("a\u0007b", TextProblem.CONTROL_CHARACTER);
        refused("a\u007Fb", TextProblem.CONTROL_CHARACTER);
        refused("a\u0085b", TextProblem.CONTROL_CHARACTER);
        refused("a\u2028b", TextProblem.CONTROL_CHARACTER);
    }

    @Test
    void newlinesAndTabsInsideAnIdAreControlCharacters() {
        refused("a\nb", TextProblem.CONTROL_CHARACTER);
        refused("a\tb", TextProblem.CONTROL_CHARACTER);
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        refused("a\uD83Db", TextProblem.UNPAIRED_SURROGATE);
        refused("a\uDE00b", TextProblem.UNPAIRED_SURROGATE);
        refused("ab\uD83D", TextProblem.UNPAIRED_SURROGATE);
    }

    @Test
    void surroundingWhitespaceIsRefused() {
        refused(" alice", TextProblem.SURROUNDING_WHITESPACE);
        refused("alice ", TextProblem.SURROUNDING_WHITESPACE);
        refused("\talice", TextProblem.SURROUNDING_WHITESPACE);
        refused("alice\n", TextProblem.SURROUNDING_WHITESPACE);
    }

    @Test
    void theFacadesRejectionIsTypedAndNamesTheKindOfId() {
        InvalidId invalid = parse("").getLeft();
        InvalidInput rejection = new InvalidInput(invalid);

        assertThat(rejection.code()).isEqualTo("invalid_id");
        assertThat(rejection.message()).startsWith(kind()).isEqualTo(invalid.message());
    }

    @Test
    void theConstructorThrowsForAnInvalidId() {
        for (String bad : new String[] {"", " alice", "x".repeat(129), "a\u0000b", "a\uD83Db"}) {
            assertThatThrownBy(() -> construct(bad))
                    .as("constructing %s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(kind());
        }
    }

    private void refused(String raw, TextProblem problem) {
        assertThat(parse(raw)).as("parsing %s", raw).isEqualTo(Either.left(new InvalidId(kind(), problem)));
    }
}
