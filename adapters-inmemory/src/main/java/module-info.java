/** In-memory adapters for every outbound port of livestage, safe for concurrent use. */
module io.livestage.adapters.inmemory {
    requires transitive io.livestage.ports;

    exports io.livestage.adapters.inmemory;
}
