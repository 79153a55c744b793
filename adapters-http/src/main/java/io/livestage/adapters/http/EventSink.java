package io.livestage.adapters.http;

/** Where one event stream writes: a server-sent events response. No framework type crosses this boundary. */
interface EventSink {

    /** One event: {@code id:} (none if null), {@code event:} and {@code data:} lines. */
    void send(String event, String data, String id);

    /** A comment line ({@code : text}), ignored by clients: a heartbeat. */
    void comment(String text);

    /** Ends the response. */
    void close();

    /** Whether the client went away or the stream was closed. */
    boolean closed();
}
