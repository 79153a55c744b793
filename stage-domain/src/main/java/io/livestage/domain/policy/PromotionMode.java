package io.livestage.domain.policy;

/** How an audience member gets on stage when a host or co-host promotes them. */
public enum PromotionMode {
    /** The seed's behaviour: {@code promoteToSpeaker} puts the member on stage at once. */
    DIRECT,
    /**
     * Consent first: {@code promoteToSpeaker} sends an invitation the member accepts or declines. A raised hand already
     * is consent, so promoting a member whose hand is up is immediate.
     */
    INVITE
}
