package io.livestage.ports.store;

import java.io.Serial;

/**
 * Thrown by a {@link RoomStore} that cannot reach its storage. The service turns it (and any other runtime exception
 * from a store) into the typed failure {@code store_unavailable}; it never reaches a facade caller.
 */
public final class StoreUnavailableException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
