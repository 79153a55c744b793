package io.livestage.ports.client;

/**
 * What an app should do with its local media track. The platform only signals roles; the app owns the WebRTC tracks,
 * and a {@link ClientMirror} tells it when to act.
 */
public enum MediaIntent {
    /** The user is now a speaker: publish the local audio/video track. */
    START_PUBLISHING,
    /** The user is no longer a speaker (demoted, left, removed, call ended): stop publishing and release the track. */
    STOP_PUBLISHING
}
