package io.livestage.adapters.postgres;

import java.util.Objects;
import java.util.regex.Pattern;

/** Notification channel names: plain lower-case identifiers, so {@code LISTEN} can name them without quoting. */
final class Channels {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Channels() {}

    static String checked(String channel) {
        Objects.requireNonNull(channel, "channel");
        if (!IDENTIFIER.matcher(channel).matches()) {
            throw new IllegalArgumentException(
                    "a channel is a lower-case identifier of at most 63 characters, was " + channel);
        }
        return channel;
    }
}
