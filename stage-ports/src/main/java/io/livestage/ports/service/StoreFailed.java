package io.livestage.ports.service;

import io.livestage.ports.Failure;
import io.livestage.ports.Outcome;
import java.util.function.Supplier;

/**
 * A store call failed. Thrown by {@link #guard} out of an attempt and caught before the service returns, where it
 * becomes {@code store_unavailable}; never thrown out of the service.
 */
final class StoreFailed extends RuntimeException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private StoreFailed(RuntimeException cause) {
        super(cause.getMessage(), cause, false, false);
    }

    /**
     * Runs a call on the store, marking what it throws as a store failure. Only these become {@code
     * store_unavailable}: an exception from anywhere else (the domain, the id source) is a bug and is not disguised as
     * an outage.
     */
    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException storeFailed) {
            throw new StoreFailed(storeFailed);
        }
    }

    /** The failure as the caller receives it. */
    <T> Outcome<T> outcome() {
        return new Outcome.Failed<>(new Failure.StoreUnavailable(String.valueOf(getMessage())));
    }
}
