package io.livestage.benchmarks.facade;

import io.livestage.benchmarks.AmaCast;

/**
 * The full path of a hand command for one implementation: ids as text in, the room loaded (or locked), decided, saved,
 * and the events delivered to the users subscribed to the room. What the facade benchmark drives.
 */
interface HandFacade {

    /**
     * Opens room {@code room} with the AMA of {@code cast} through the implementation's own commands, then subscribes
     * the host, the co-hosts and every free member; the id the hand commands name (livestage: the call).
     */
    String open(String room, AmaCast cast);

    /** {@code user} raises a hand; whether accepted with events. */
    boolean raiseHand(String target, String user);

    /** {@code user} withdraws their hand; whether accepted with events. */
    boolean lowerHand(String target, String user);

    /** Deliveries made so far, to every subscriber. */
    long deliveries();

    static HandFacade of(String implementation) {
        return switch (implementation) {
            case "livestage" -> new LiveStageFacade();
            case "mutable" -> new BaselineFacade(false);
            case "copyOnWrite" -> new BaselineFacade(true);
            default -> throw new IllegalArgumentException("no implementation " + implementation);
        };
    }
}
