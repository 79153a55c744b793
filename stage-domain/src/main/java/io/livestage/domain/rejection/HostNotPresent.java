package io.livestage.domain.rejection;

/** The room requires a host, and neither the host nor a co-host is in the call. */
public record HostNotPresent() implements Rejection {

    @Override
    public String code() {
        return "host_not_present";
    }

    @Override
    public String message() {
        return "this room requires a host: wait until the host or a co-host is in the call";
    }
}
