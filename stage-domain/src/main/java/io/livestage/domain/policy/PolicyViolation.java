package io.livestage.domain.policy;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One setting of a {@link StagePolicy} outside its allowed range. All violations of a policy are reported together.
 *
 * @param setting the setting's name, as in the builder ({@code maxSpeakers})
 * @param value the rejected value, as text
 * @param requirement what the setting must satisfy ({@code between 0 and 1000})
 */
public record PolicyViolation(String setting, String value, String requirement) {

    public PolicyViolation {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(requirement, "requirement");
    }

    /** "maxSpeakers must be between 0 and 1000, was -1". */
    public String message() {
        return setting + " must be " + requirement + ", was " + value;
    }

    /** Every violation's {@link #message()}, in order, separated by {@code "; "}. */
    public static String messages(Seq<PolicyViolation> violations) {
        return violations.map(PolicyViolation::message).mkString("; ");
    }
}
