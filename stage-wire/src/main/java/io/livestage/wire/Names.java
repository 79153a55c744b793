package io.livestage.wire;

import io.livestage.domain.command.Action;
import java.util.Locale;

/**
 * How enumerations are spelled on the wire: actions and command types in the seed's camelCase ({@code raiseHand},
 * {@code promoteToSpeaker}); every other enumeration by its constant, as the seed spells roles ({@code SPEAKER},
 * {@code AUDIENCE}, {@code CO_HOST}, {@code ENDED_BY_HOST}).
 */
final class Names {

    private Names() {}

    /** {@code PROMOTE_TO_SPEAKER} becomes {@code promoteToSpeaker}. */
    static String camel(Action action) {
        String[] words = action.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** An enumeration's constant, as is. */
    static String constant(Enum<?> value) {
        return value.name();
    }
}
