package io.livestage.wire;

/**
 * The bounds every decoded document stays within, so that hostile input costs bounded memory and time. Generous for
 * any legitimate livestage message (a question is at most 10,000 code points; a room name 200).
 */
final class Limits {

    /** Deepest nesting of objects and arrays; a stage view, the deepest message, needs 4. */
    static final int MAX_DEPTH = 16;

    /** Longest string, in chars. */
    static final int MAX_STRING = 40_000;

    /** Longest array; longer lists (a 100,000-member audience) are never on the wire, only counts. */
    static final int MAX_ARRAY = 10_000;

    /** Largest document, in bytes or chars. */
    static final long MAX_DOCUMENT = 4L * 1024 * 1024;

    private Limits() {}
}
