package io.livestage.domain.rejection;

import io.livestage.domain.text.TextProblem;

/** Untrusted text could not become an id ({@code kind} names which: user id, call id...). */
public record InvalidId(String kind, TextProblem problem) implements Rejection {

    @Override
    public String code() {
        return "invalid_id";
    }

    @Override
    public String message() {
        return kind + " " + problem.description();
    }
}
