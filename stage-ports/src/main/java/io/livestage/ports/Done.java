package io.livestage.ports;

/** The value of a command that has nothing to return beyond having been accepted. */
public enum Done {
    DONE
}
