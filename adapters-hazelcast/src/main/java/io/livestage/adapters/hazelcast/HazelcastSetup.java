package io.livestage.adapters.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.RingbufferConfig;
import java.util.Objects;

/**
 * The cluster configuration livestage's structures need, added to a member's {@link Config} (every member's, before it
 * starts): the rooms maps with one synchronous backup and values kept as objects (a processor reads a room without
 * deserializing its history), the feeds' ringbuffers with one synchronous backup, the deadlines maps with one
 * synchronous backup. Names are patterns, so several stores (one per test, one per tenant) share the settings.
 */
public final class HazelcastSetup {

    /** Maps of rooms: {@value}. */
    public static final String ROOMS = HazelcastRooms.DEFAULT_MAP + "*";

    /** Ringbuffers of feeds: {@value}. */
    public static final String FEEDS = HazelcastEventBus.PREFIX + "*";

    /** Maps of deadlines: {@value}. */
    public static final String DEADLINES = HazelcastDeadlines.DEFAULT_MAP + "*";

    /** Events a room's feed keeps for readers that fall behind, by default. */
    public static final int FEED_CAPACITY = 1_024;

    private HazelcastSetup() {}

    /** Adds livestage's structures to {@code config} and returns it. */
    public static Config configure(Config config) {
        Objects.requireNonNull(config, "config");
        config.addMapConfig(new MapConfig(ROOMS)
                .setBackupCount(1)
                .setAsyncBackupCount(0)
                .setReadBackupData(false)
                .setInMemoryFormat(InMemoryFormat.OBJECT));
        config.addRingBufferConfig(new RingbufferConfig(FEEDS)
                .setBackupCount(1)
                .setAsyncBackupCount(0)
                .setCapacity(FEED_CAPACITY));
        config.addMapConfig(new MapConfig(DEADLINES)
                .setBackupCount(1)
                .setAsyncBackupCount(0)
                .setReadBackupData(false));
        return config;
    }
}
