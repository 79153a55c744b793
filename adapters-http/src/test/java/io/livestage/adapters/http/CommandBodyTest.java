package io.livestage.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.wire.DecodeError;
import org.junit.jupiter.api.Test;

/** A command body is the wire command's own fields: decoded strictly, server-owned fields refused. */
class CommandBodyTest {

    private static DecodeError error(String type, String body) {
        return CommandBody.decode(type, true, body).getLeft();
    }

    @Test
    void anEmptyBodyOrAnEmptyObjectIsACommandWithoutFields() {
        assertThat(CommandBody.decode("raiseHand", true, "").get()).isInstanceOf(RaiseHand.class);
        assertThat(CommandBody.decode("raiseHand", true, " { } ").get()).isInstanceOf(RaiseHand.class);
    }

    @Test
    void theFieldsAreTheWireCommands() {
        assertThat(((PromoteToSpeaker) CommandBody.decode("promoteToSpeaker", true, "{\"user\":\"bob\"}")
                                .get())
                        .target()
                        .value())
                .isEqualTo("bob");
        SubmitStageQuestion question = (SubmitStageQuestion)
                CommandBody.decode("submitStageQuestion", true, "{\"text\":\"Why?\",\"anonymous\":true}")
                        .get();
        assertThat(question.text()).isEqualTo("Why?");
        assertThat(question.anonymous()).isTrue();
    }

    @Test
    void aServerOwnedFieldIsADuplicateKey() {
        for (String field : new String[] {"type", "id", "at", "actor", "call"}) {
            DecodeError error = error("raiseHand", "{\"" + field + "\":\"x\"}");
            assertThat(error.problem()).as(field).isEqualTo("duplicate_key");
            assertThat(error.pointer()).isEqualTo("/" + field);
        }
    }

    @Test
    void whatIsNotOneJsonObjectIsRefused() {
        assertThat(error("raiseHand", "[]").problem()).isEqualTo("not_an_object");
        assertThat(error("raiseHand", "\"x\"").problem()).isEqualTo("not_an_object");
        assertThat(error("raiseHand", "{").problem()).isEqualTo("malformed_json");
        assertThat(error("raiseHand", "{} {}").problem()).isEqualTo("malformed_json");
        assertThat(error("raiseHand", "{,\"a\":1}").problem()).isEqualTo("malformed_json");
        assertThat(error("raiseHand", "{\"a\":1}").problem()).isEqualTo("unknown_field");
        assertThat(error("promoteToSpeaker", "{}").problem()).isEqualTo("missing_field");
        assertThat(error("promoteToSpeaker", "{\"user\":5}").pointer()).isEqualTo("/user");
    }
}
