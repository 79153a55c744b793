package io.livestage.wire;

import java.util.Objects;

/**
 * Why a JSON document could not be decoded: where (an RFC 6901 JSON pointer, {@code ""} for the whole document) and
 * what. A value, never an exception: every {@code decode} method of {@link StageJson} answers one on the left.
 *
 * @param pointer the JSON pointer of the offending value, such as {@code /policy/maxSpeakers}
 * @param problem a stable, lower-case kind of problem, such as {@code missing_field}
 * @param detail a sentence for people; may change wording between versions
 */
public record DecodeError(String pointer, String problem, String detail) {

    public DecodeError {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code /policy/maxSpeakers: must be between 0 and 1000}, for logs and error responses. */
    public String message() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": " + detail;
    }
}
