package io.livestage.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear message, and the console goes on with the next line. */
class StageConsoleBadInputTest {

    @Test
    void an_unknown_command_is_named_and_the_next_one_runs() {
        List<String> replies = ConsoleScript.replies("dance hana", "join hana");

        assertThat(replies.get(0)).contains("unknown command 'dance'").contains("help");
        assertThat(replies.get(1)).startsWith("hana: joinRoom(ama) -> ok");
    }

    @Test
    void missing_arguments_show_the_usage() {
        List<String> replies = ConsoleScript.replies("promote hana", "join");

        assertThat(replies.get(0)).contains("usage: promote USER TARGET");
        assertThat(replies.get(1)).contains("usage: join USER");
    }

    @Test
    void too_many_arguments_show_the_usage() {
        assertThat(ConsoleScript.replies("raise bob carol").get(0)).contains("usage: raise USER");
    }

    @Test
    void a_bad_user_id_is_refused_by_the_facade_as_invalid_id() {
        List<String> replies = ConsoleScript.replies("join \" bob\"");

        assertThat(replies.get(0)).contains("refused invalid_id");
    }

    @Test
    void a_bad_question_id_is_refused_as_invalid_id() {
        List<String> replies = ConsoleScript.replies("join hana", "answer hana question-one");

        assertThat(replies.get(1)).contains("refused invalid_id");
    }

    @Test
    void an_unclosed_quote_is_reported_and_the_console_goes_on() {
        List<String> replies = ConsoleScript.replies("join carol", "ask carol \"never closed", "view carol");

        assertThat(replies.get(1)).contains("quote is not closed");
        assertThat(replies.get(2)).contains("carol sees room ama");
    }

    @Test
    void a_third_word_other_than_anon_is_refused_by_ask() {
        assertThat(ConsoleScript.replies("ask carol \"hi\" loudly").get(0)).contains("usage: ask");
    }

    @Test
    void wait_wants_whole_seconds() {
        assertThat(ConsoleScript.replies("wait soon").get(0)).contains("wait takes whole seconds");
        assertThat(ConsoleScript.replies("wait -5").get(0)).contains("wait takes whole seconds");
    }

    @Test
    void quit_stops_reading() {
        String output = ConsoleScript.run("quit", "join hana");

        assertThat(output).doesNotContain("joinRoom").endsWith("bye" + System.lineSeparator());
    }

    @Test
    void the_end_of_the_input_ends_the_console() {
        assertThat(ConsoleScript.run("join hana"))
                .contains("joinRoom(ama) -> ok")
                .contains("bye");
    }

    @Test
    void blank_lines_and_comments_are_skipped() {
        List<String> replies = ConsoleScript.replies("", "# a comment", "join hana");

        assertThat(replies.get(0)).isEmpty();
        assertThat(replies.get(1)).isEmpty();
        assertThat(replies.get(2)).startsWith("hana: joinRoom");
    }
}
