package io.livestage.ports.service;

/**
 * Tuning of {@link StageService}.
 *
 * @param maxAttempts how many times a command is decided when concurrent commands on its room keep winning, before
 *     {@code conflict_retries_exhausted}; at least 1
 */
public record ServiceSettings(int maxAttempts) {

    /** 16 attempts. */
    public static final ServiceSettings DEFAULTS = new ServiceSettings(16);

    public ServiceSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }
}
