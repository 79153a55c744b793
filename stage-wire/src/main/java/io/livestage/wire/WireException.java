package io.livestage.wire;

/** Carries a {@link DecodeError} out of a nested decoder to {@link StageJson}, which turns it back into a value. */
final class WireException extends RuntimeException {

    private final transient DecodeError error;

    WireException(String pointer, String problem, String detail) {
        super(pointer + ": " + detail, null, false, false);
        this.error = new DecodeError(pointer, problem, detail);
    }

    DecodeError error() {
        return error;
    }
}
