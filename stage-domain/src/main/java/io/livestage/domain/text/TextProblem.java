package io.livestage.domain.text;

/** Why a piece of user-supplied text (an id, a room name, a question) was refused. Each has a stable wire code. */
public enum TextProblem {
    /** Empty, or only whitespace. */
    BLANK("blank", "must not be blank"),
    /** More code points than the limit allows. */
    TOO_LONG("too_long", "is too long"),
    /** Holds a control character (newline and tab are allowed only where multi-line text is). */
    CONTROL_CHARACTER("control_character", "must not contain control characters"),
    /** Holds half of a UTF-16 surrogate pair, which no encoder can represent. */
    UNPAIRED_SURROGATE("unpaired_surrogate", "must not contain unpaired surrogates"),
    /** Begins or ends with whitespace, where the text is an identifier that must match exactly. */
    SURROUNDING_WHITESPACE("surrounding_whitespace", "must not begin or end with whitespace"),
    /** Does not have the structure the value needs (a call id is {@code <room id>#<number>}). */
    MALFORMED("malformed", "is malformed");

    private final String code;
    private final String description;

    TextProblem(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** Stable code, for clients to branch on. */
    public String code() {
        return code;
    }

    /** Human-readable clause, completed by the name of the field: "question text must not be blank". */
    public String description() {
        return description;
    }
}
