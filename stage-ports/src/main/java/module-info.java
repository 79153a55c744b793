/**
 * Hosting the stage domain: the facade a backend calls ({@link io.livestage.ports.LiveStage}), the ports it implements
 * (store, publisher, deadlines, ids; the clock is {@link java.time.InstantSource}), and the application service that
 * runs load, decide, save, publish between them.
 */
module io.livestage.ports {
    requires transitive io.livestage.domain;

    exports io.livestage.ports;
    exports io.livestage.ports.client;
    exports io.livestage.ports.deadline;
    exports io.livestage.ports.ids;
    exports io.livestage.ports.publish;
    exports io.livestage.ports.service;
    exports io.livestage.ports.store;
}
