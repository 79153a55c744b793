package io.livestage.adapters.inmemory.model;

/** Text as a failing run prints it: quoted, escaped, and abbreviated when long, so hostile input stays readable. */
final class Show {

    private static final int SHOWN = 24;

    private Show() {}

    /** {@code "abc"}; {@code "\u0000"} for invisible or odd characters; long text cut, with its length. */
    static String text(String text) {
        StringBuilder shown = new StringBuilder("\"");
        int limit = Math.min(text.length(), SHOWN);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                shown.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                shown.append(c);
            } else {
                shown.append(String.format("\\u%04X", (int) c));
            }
        }
        shown.append('"');
        if (text.length() > SHOWN) {
            shown.append("...(").append(text.length()).append(" chars)");
        }
        return shown.toString();
    }
}
