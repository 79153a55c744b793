package io.livestage.domain.id;

import io.livestage.domain.text.TextProblem;

/**
 * Untrusted text that could not become an id: what every {@code parse} method returns on the left. {@code kind} names
 * which id ("user id", "call id", ...), {@code problem} what is wrong with the text.
 *
 * <p>A parse result, not a rule: ids know nothing of rejections. The facade turns it into the rejection {@link
 * io.livestage.domain.rejection.InvalidInput} (code {@code invalid_id}).
 */
public record InvalidId(String kind, TextProblem problem) {

    public InvalidId {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(problem, "problem");
    }

    /** A sentence for people: {@code "call id must not be blank"}. */
    public String message() {
        return kind + " " + problem.description();
    }
}
