package io.livestage.wire.vector;

import io.livestage.domain.role.Role;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A client mirror's state after a step, and what the step told the app.
 *
 * @param applied for a delivery: {@code APPLIED}, {@code DUPLICATE} (at or below the last applied sequence: ignored)
 *     or {@code GAP} (something was missed: ignored, and the client must resync); none for a resync
 * @param lastApplied the sequence the mirror has applied up to
 * @param role the user's role in the live call; none when not in it
 * @param handRaised whether the user's hand is up
 * @param publishing whether the app should be publishing its local track (exactly when the role is speaker)
 * @param media what the step told the app, in order: {@code START_PUBLISHING}, {@code STOP_PUBLISHING}; usually
 *     empty
 */
public record ClientState(
        Option<String> applied,
        long lastApplied,
        Option<Role> role,
        boolean handRaised,
        boolean publishing,
        Seq<String> media) {

    /** The values {@code applied} may take. */
    public static final Seq<String> APPLIED_VALUES = io.vavr.collection.List.of("APPLIED", "DUPLICATE", "GAP");

    /** The values each of {@code media} may take. */
    public static final Seq<String> MEDIA_VALUES = io.vavr.collection.List.of("START_PUBLISHING", "STOP_PUBLISHING");

    public ClientState {
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(media, "media");
        if (!applied.forAll(APPLIED_VALUES::contains)) {
            throw new IllegalArgumentException("applied must be one of " + APPLIED_VALUES.mkString(", "));
        }
        if (!media.forAll(MEDIA_VALUES::contains)) {
            throw new IllegalArgumentException("media must be among " + MEDIA_VALUES.mkString(", "));
        }
        if (lastApplied < 0) {
            throw new IllegalArgumentException("lastApplied must be at least 0");
        }
    }
}
