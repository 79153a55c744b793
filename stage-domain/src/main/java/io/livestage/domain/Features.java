package io.livestage.domain;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * What a server embedding livestage advertises in {@code GET /api/info}: its {@code features} array includes {@value
 * #LIVE_STAGE}, which clients check before offering stage rooms.
 */
public final class Features {

    /** The feature flag of live stage rooms, as the seed names it. */
    public static final String LIVE_STAGE = "live_stage";

    private Features() {}

    /** The features this library provides. */
    public static Set<String> features() {
        return LinkedHashSet.of(LIVE_STAGE);
    }
}
