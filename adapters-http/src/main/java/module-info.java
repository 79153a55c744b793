module io.livestage.adapters.http {
    requires transitive io.livestage.ports;
    requires io.livestage.wire;
    requires io.javalin;

    exports io.livestage.adapters.http;
}
