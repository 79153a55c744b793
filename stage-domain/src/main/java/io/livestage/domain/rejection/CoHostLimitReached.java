package io.livestage.domain.rejection;

/** The room already has {@code maxCoHosts} co-hosts. */
public record CoHostLimitReached(int limit) implements Rejection {

    @Override
    public String code() {
        return "co_host_limit";
    }

    @Override
    public String message() {
        return "the room already has its " + limit + " co-hosts";
    }
}
