package io.livestage.domain.rejection;

/** A stage command (hands, promotion, demotion, invitations, questions) in a room without stage mode. */
public record StageModeOff() implements Rejection {

    @Override
    public String code() {
        return "stage_mode_off";
    }

    @Override
    public String message() {
        return "this room is a plain call: stage mode is off";
    }
}
