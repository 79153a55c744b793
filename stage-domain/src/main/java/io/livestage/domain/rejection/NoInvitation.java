package io.livestage.domain.rejection;

/** Accepting or declining without a pending invitation. */
public record NoInvitation() implements Rejection {

    @Override
    public String code() {
        return "no_invitation";
    }

    @Override
    public String message() {
        return "there is no stage invitation to answer";
    }
}
