package io.livestage.benchmarks;

import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The people of an AMA room of a given size, and the pools the workloads draw from. Every implementation (livestage
 * and both baselines) is built from the same cast, in the same order, so they hold the same room.
 *
 * <p>A room of {@code participants} holds the host, two co-hosts, three members on stage (of six seats) and {@code
 * participants - 6} audience members. Audience member {@code i} plays one part, by {@code i % 4}: 0 free (no hand, no
 * question), 1 hand up, 2 an open question, 3 an asker (free, and the one who asks in the workloads). At most {@link
 * #HANDS_CAP} hands are up and {@link #QUESTIONS_CAP} questions open; past the caps those members are plain audience.
 * Every id is 12 characters long, the longest the retained-memory target counts.
 */
public final class AmaCast {

    /** Most users a pool holds: enough that successive operations touch different parts of a large room. */
    public static final int POOL = 1_024;

    public static final int HANDS_CAP = 1_024;
    public static final int QUESTIONS_CAP = 256;

    /** When the room is built. */
    public static final Instant BUILT_AT = Instant.parse("2026-01-01T18:00:00Z");

    /** When every measured command happens: an hour after the build, so no cooldown is pending. */
    public static final Instant NOW = BUILT_AT.plus(Duration.ofHours(1));

    public static final String ROOM = "ama-00000001";
    public static final String HOST = "host-0000001";
    public static final List<String> CO_HOSTS = List.of("cohost-00001", "cohost-00002");
    public static final List<String> SPEAKERS = List.of("spk-00000001", "spk-00000002", "spk-00000003");
    public static final String QUESTION = "What will the next release change for hosts?";

    private final int participants;
    private final List<String> audience = new ArrayList<>();
    private final List<String> free = new ArrayList<>();
    private final List<String> handsUp = new ArrayList<>();
    private final List<String> withQuestion = new ArrayList<>();
    private final List<String> askers = new ArrayList<>();
    private final List<String> newcomers = new ArrayList<>();

    public AmaCast(int participants) {
        if (participants < 10) {
            throw new IllegalArgumentException("an AMA cast has at least 10 participants, not " + participants);
        }
        this.participants = participants;
        for (int i = 0; i < participants - 6; i++) {
            String user = String.format("aud-%08d", i);
            audience.add(user);
            switch (i % 4) {
                case 0 -> addCapped(free, user, POOL);
                case 1 -> addCapped(handsUp, user, HANDS_CAP);
                case 2 -> addCapped(withQuestion, user, QUESTIONS_CAP);
                default -> addCapped(askers, user, POOL);
            }
        }
        for (int i = 0; i < POOL; i++) {
            newcomers.add(String.format("new-%08d", i));
        }
    }

    private static void addCapped(List<String> pool, String user, int cap) {
        if (pool.size() < cap) {
            pool.add(user);
        }
    }

    /**
     * The policy of every benchmark room: the seed's AMA (stage mode, host required, direct promotion, six seats), with
     * room for a million participants and cooldowns of zero so a user can raise a hand again at once. Cooldowns are
     * still checked on every raise and question.
     */
    public static StagePolicy policy() {
        return StagePolicy.builder()
                .stageMode(true)
                .requireHost(true)
                .promotion(PromotionMode.DIRECT)
                .maxSpeakers(6)
                .maxCoHosts(2)
                .maxParticipants(1_000_000)
                .maxRaisedHands(100_000)
                .handCooldown(Duration.ZERO)
                .questionCooldown(Duration.ZERO)
                .maxOpenQuestionsPerUser(3)
                .build();
    }

    public int participants() {
        return participants;
    }

    /** Every audience member, in joining order. */
    public List<String> audience() {
        return audience;
    }

    /** Audience members without hand or question (at most {@link #POOL}). */
    public List<String> free() {
        return free;
    }

    /** Audience members whose hand is up once the room is built. */
    public List<String> handsUp() {
        return handsUp;
    }

    /** Audience members with one open question once the room is built; question {@code i + 1} is theirs. */
    public List<String> withQuestion() {
        return withQuestion;
    }

    /** Free audience members set apart to ask in the workloads (at most {@link #POOL}). */
    public List<String> askers() {
        return askers;
    }

    /** Users not in the room, who join in the workloads ({@link #POOL} of them). */
    public List<String> newcomers() {
        return newcomers;
    }

    /** How many disjoint (free, asker, hand up, newcomer) slots the mixed workload can rotate through. */
    public int mixedSlots() {
        return Math.min(Math.min(free.size(), askers.size()), Math.min(handsUp.size(), newcomers.size()));
    }
}
