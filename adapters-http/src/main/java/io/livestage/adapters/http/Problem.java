package io.livestage.adapters.http;

import io.livestage.domain.rejection.RateLimited;
import io.livestage.domain.rejection.Rejection;
import io.livestage.ports.Failure;
import io.livestage.wire.DecodeError;
import io.livestage.wire.StageJson;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with livestage's stable {@code code} as an extension
 * member, so a client branches on the same codes over HTTP as in Java. A rejection's document also carries the
 * rejection itself, as {@code StageJson} writes it, under {@code rejection}.
 *
 * @param status the HTTP status
 * @param code the stable livestage (or transport) code, such as {@code stage_full} or {@code unsupported_media_type}
 * @param detail a sentence for people
 * @param extra further members, already JSON ({@code ,"rejection":{...}}), or empty
 * @param retryAfter the {@code Retry-After} header in whole seconds, if any
 */
record Problem(int status, String code, String detail, String extra, Optional<Long> retryAfter) {

    static final String CONTENT_TYPE = "application/problem+json";

    private static final System.Logger LOG = System.getLogger(Problem.class.getName());

    Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A problem of the transport itself: the request, not the rules, is at fault. */
    static Problem of(int status, String code, String detail) {
        return new Problem(status, code, detail, "", Optional.empty());
    }

    /** The rules refused: 400/403/404/409/429 by {@link RejectionStatus}, {@code Retry-After} for rate limits. */
    static Problem of(Rejection rejection) {
        Optional<Long> retry = rejection instanceof RateLimited limited
                ? Optional.of(wholeSeconds(limited.retryAfter()))
                : Optional.empty();
        return new Problem(
                RejectionStatus.of(rejection),
                rejection.code(),
                rejection.message(),
                ",\"rejection\":" + StageJson.encode(rejection),
                retry);
    }

    /**
     * The infrastructure failed: 503 with {@code Retry-After: 1} for a store or contention failure (retry with the same
     * {@code Idempotency-Key}); a key reused for another command is the client's mistake (409); a feed asked for events
     * no longer retained is 410 (load the stage view instead).
     */
    static Problem of(Failure failure) {
        if (failure instanceof Failure.IdempotencyKeyReused) {
            return of(409, failure.code(), failure.message());
        }
        if (failure instanceof Failure.ResyncRequired resync) {
            return new Problem(
                    410,
                    failure.code(),
                    failure.message(),
                    ",\"oldestRetained\":" + resync.oldestRetained(),
                    Optional.empty());
        }
        return new Problem(503, failure.code(), failure.message(), "", Optional.of(1L));
    }

    /** A body that is not the JSON the route takes: 400 with the JSON pointer and problem of {@code StageJson}. */
    static Problem of(DecodeError error) {
        return new Problem(
                400,
                "invalid_body",
                error.message(),
                ",\"pointer\":" + JsonText.quote(error.pointer()) + ",\"problem\":" + JsonText.quote(error.problem()),
                Optional.empty());
    }

    /**
     * A fault of this server (a bug, never the request): 500, logged with its stack trace, which never reaches the
     * client.
     */
    static Problem internal(Throwable fault) {
        LOG.log(System.Logger.Level.ERROR, "request failed inside the server", fault);
        return of(500, "internal_error", "the server failed; nothing in the request caused it");
    }

    /** The document: {@code type}, {@code title}, {@code status}, {@code detail}, {@code code} and the extras. */
    String json() {
        return "{\"type\":\"about:blank\",\"title\":" + JsonText.quote(title(status)) + ",\"status\":" + status
                + ",\"detail\":" + JsonText.quote(detail) + ",\"code\":" + JsonText.quote(code) + extra + "}";
    }

    private static long wholeSeconds(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static String title(int status) {
        switch (status) {
            case 400:
                return "Bad Request";
            case 401:
                return "Unauthorized";
            case 403:
                return "Forbidden";
            case 404:
                return "Not Found";
            case 405:
                return "Method Not Allowed";
            case 409:
                return "Conflict";
            case 410:
                return "Gone";
            case 413:
                return "Content Too Large";
            case 415:
                return "Unsupported Media Type";
            case 429:
                return "Too Many Requests";
            case 500:
                return "Internal Server Error";
            case 503:
                return "Service Unavailable";
            default:
                return "Error";
        }
    }
}
