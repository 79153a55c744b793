package io.livestage.adapters.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@link StageHttpServer} listens: where, how much it reads, whom browsers may call it from, and how often an
 * idle event stream is kept alive.
 *
 * @param port the TCP port; 0 picks a free one ({@link StageHttpServer#port()} tells which)
 * @param bindAddress the address to listen on, such as {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
 * @param maxBodyBytes the largest request body read; a larger one is answered 413 without being read
 * @param allowedOrigins the browser origins (such as {@code https://app.example.com}) that may call the API across
 *     origins; empty allows none (same-origin pages and non-browser clients need none)
 * @param heartbeat how often an event stream gets a comment line (so proxies keep it open) and catches up with the log
 * @param staticResources a classpath folder served under {@code /} (a demo page), if any
 */
public record HttpSettings(
        int port,
        String bindAddress,
        int maxBodyBytes,
        Set<String> allowedOrigins,
        Duration heartbeat,
        Optional<String> staticResources) {

    /** Loopback, a free port, 64 KiB bodies, no cross-origin callers, a heartbeat every 15 s, no static files. */
    public static final HttpSettings DEFAULTS =
            new HttpSettings(0, "127.0.0.1", 64 * 1024, Set.of(), Duration.ofSeconds(15), Optional.empty());

    /** @throws IllegalArgumentException for a port outside 0..65535, a body limit below 1 or a heartbeat below 1 ms */
    public HttpSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        allowedOrigins = Set.copyOf(allowedOrigins);
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(staticResources, "staticResources");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
        }
        if (heartbeat.toMillis() < 1) {
            throw new IllegalArgumentException("heartbeat must be at least 1 ms, was " + heartbeat);
        }
    }

    public HttpSettings withPort(int port) {
        return new HttpSettings(port, bindAddress, maxBodyBytes, allowedOrigins, heartbeat, staticResources);
    }

    public HttpSettings withBindAddress(String bindAddress) {
        return new HttpSettings(port, bindAddress, maxBodyBytes, allowedOrigins, heartbeat, staticResources);
    }

    public HttpSettings withMaxBodyBytes(int maxBodyBytes) {
        return new HttpSettings(port, bindAddress, maxBodyBytes, allowedOrigins, heartbeat, staticResources);
    }

    public HttpSettings withAllowedOrigins(Set<String> allowedOrigins) {
        return new HttpSettings(port, bindAddress, maxBodyBytes, allowedOrigins, heartbeat, staticResources);
    }

    public HttpSettings withHeartbeat(Duration heartbeat) {
        return new HttpSettings(port, bindAddress, maxBodyBytes, allowedOrigins, heartbeat, staticResources);
    }

    public HttpSettings withStaticResources(String classpathFolder) {
        return new HttpSettings(
                port, bindAddress, maxBodyBytes, allowedOrigins, heartbeat, Optional.of(classpathFolder));
    }
}
