package io.livestage.adapters.inmemory.model;

import io.livestage.domain.policy.StagePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Malformed input, by what it is fed to. Each list holds only text that the rules must refuse wherever it goes: ids
 * that no id parser accepts, question texts and room names that no room accepts, policies out of range.
 */
final class Garbage {

    private static final int MEGABYTE = 1 << 20;

    /** Not an id of any kind, nor an idempotency key: blank, padded, control characters, lone surrogates, too long. */
    static final List<String> IDS = List.of(
            "",
            " ",
            "   ",
            "\t",
            "\n",
            "\u200B",
            "\uFEFF",
            "\u00A0",
            "\u2007",
            "\u202F",
            "\u3000",
            "\u200B\u200B\u200B",
            " alice",
            "alice ",
            "\u200Balice",
            "alice\u00A0",
            "\uFEFFalice",
            "a\u0000b",
            "\u0000",
            "a\u0007",
            "a\u007F",
            "a\u0085b",
            "a\u2028b",
            "a\u2029b",
            "a\rb",
            "a\nb",
            "a\tb",
            "\uD800",
            "\uDC00",
            "a\uD800",
            "\uDBFFa",
            "a\uDC00b",
            "\uDC00\uD800",
            "u".repeat(10_000),
            "\u00E9".repeat(129),
            "\uD83C\uDFA4".repeat(129),
            "x".repeat(10_000) + "\uD800",
            "z".repeat(MEGABYTE));

    /** Not a call id: the above, and ids that have a room but no valid ordinal, or no valid room. */
    static final List<String> CALL_IDS = with(
            IDS,
            "room-1",
            "room-1#",
            "room-1#0",
            "room-1#-1",
            "room-1#+1",
            "room-1#01",
            "room-1#1.0",
            "room-1#1 ",
            "room-1# 1",
            "room-1#99999999999",
            "room-1#2147483648",
            "room-1#\u0661",
            "room-1#1\u0000",
            "#1",
            " #1",
            "room-1 #1",
            "\uD800#1",
            "\u200B#1",
            "x".repeat(10_000) + "#1",
            "room-1#" + "9".repeat(10_000));

    /** Not a question id. */
    static final List<String> QUESTION_IDS = with(
            IDS,
            "q",
            "q0",
            "Q1",
            "q-1",
            "q01",
            "q1 ",
            " q1",
            "1",
            "qq1",
            "q2147483648",
            "q\u0661",
            "q1\u0000",
            "q\uD800",
            "q" + "9".repeat(10_000));

    /** Not an idempotency key: the ids above, and a key one code point too long. */
    static final List<String> KEYS = with(IDS, "k".repeat(129), "\u00E9".repeat(129));

    /** Text no room accepts as a question (no policy here allows more than 500 code points). */
    static final List<String> QUESTION_TEXTS = List.of(
            "",
            " ",
            " \t\n ",
            "\u200B\u200B",
            "\uFEFF",
            "\u00A0\u2007\u202F",
            "\u3000",
            "\r",
            "a\rb",
            "a\u0000b",
            "\u0007",
            "why?\u001B",
            "a\uD800",
            "\uDC00 why?",
            "a\u2028b",
            "y".repeat(501),
            "x".repeat(10_001),
            "a".repeat(MEGABYTE),
            " ".repeat(MEGABYTE),
            "\u200B".repeat(MEGABYTE),
            "a".repeat(MEGABYTE) + "\uD800",
            "\n".repeat(MEGABYTE));

    /** Text no room accepts as a name. */
    static final List<String> ROOM_NAMES =
            with(QUESTION_TEXTS, "n".repeat(101), "line\nbreak", "tab\there", "\uD83C\uDFA4".repeat(101));

    /** Policies with at least one setting out of range. */
    static final List<StagePolicy.Builder> POLICIES = List.of(
            StagePolicy.builder().maxSpeakers(-1),
            StagePolicy.builder().maxSpeakers(1_001),
            StagePolicy.builder().maxParticipants(0),
            StagePolicy.builder().maxCoHosts(51),
            StagePolicy.builder().invitationTtl(Duration.ZERO),
            StagePolicy.builder().handCooldown(Duration.ofSeconds(-1)),
            StagePolicy.builder().maxRaisedHands(0),
            StagePolicy.builder().maxQuestionLength(10_001),
            StagePolicy.builder().maxOpenQuestionsPerUser(0),
            StagePolicy.builder().questionCooldown(Duration.ofHours(2)),
            StagePolicy.builder().hostAbsenceGrace(Duration.ofHours(25)),
            StagePolicy.builder()
                    .maxSpeakers(Integer.MIN_VALUE)
                    .maxParticipants(Integer.MAX_VALUE)
                    .invitationTtl(Duration.ofSeconds(Long.MAX_VALUE)));

    private Garbage() {}

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
