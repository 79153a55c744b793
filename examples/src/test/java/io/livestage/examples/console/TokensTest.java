package io.livestage.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Console lines split on whitespace, with double quotes keeping text together. */
class TokensTest {

    @Test
    void words_are_separated_by_any_whitespace() {
        assertThat(Tokens.parse("  promote\thana   bob ").words()).containsExactly("promote", "hana", "bob");
    }

    @Test
    void quoted_text_is_one_word_without_its_quotes() {
        assertThat(Tokens.parse("ask carol \"How does key rotation work?\" anon")
                        .words())
                .containsExactly("ask", "carol", "How does key rotation work?", "anon");
    }

    @Test
    void a_backslash_in_quotes_escapes_the_next_character() {
        assertThat(Tokens.parse("ask carol \"say \\\"hi\\\" \\\\ bye\"").words())
                .containsExactly("ask", "carol", "say \"hi\" \\ bye");
    }

    @Test
    void empty_quotes_are_an_empty_word() {
        assertThat(Tokens.parse("ask carol \"\"").words()).containsExactly("ask", "carol", "");
    }

    @Test
    void an_unclosed_quote_is_an_error() {
        Tokens.Parsed parsed = Tokens.parse("ask carol \"oops");

        assertThat(parsed.error()).isNotNull();
        assertThat(parsed.words()).isEmpty();
    }
}
