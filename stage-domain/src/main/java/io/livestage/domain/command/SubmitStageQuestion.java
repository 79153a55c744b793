package io.livestage.domain.command;

import io.livestage.domain.id.CallId;
import java.util.Objects;

/**
 * {@code submitStageQuestion(callId, text)}: an audience member asks the stage a question. The text is untrusted: the
 * room trims and checks it (length, control characters, surrogates) and rejects it with a typed reason.
 *
 * @param call the live call
 * @param text the question as typed
 * @param anonymous hide the author from everyone but the author (if the policy allows)
 */
public record SubmitStageQuestion(CallId call, String text, boolean anonymous) implements CallIntent {

    public SubmitStageQuestion {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public Action action() {
        return Action.SUBMIT_STAGE_QUESTION;
    }
}
