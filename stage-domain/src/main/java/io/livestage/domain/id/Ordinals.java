package io.livestage.domain.id;

import io.vavr.control.Option;

/** Parses the decimal ordinal inside derived ids: digits only, no sign, no leading zero, 1 to {@code 2^31-1}. */
final class Ordinals {

    private static final int MAX_DIGITS = 10;

    private Ordinals() {}

    static Option<Integer> parse(String digits) {
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || digits.charAt(0) == '0') {
            return Option.none();
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Option.none();
            }
        }
        long value = Long.parseLong(digits);
        return value <= Integer.MAX_VALUE ? Option.some((int) value) : Option.none();
    }
}
