package io.livestage.adapters.inmemory.model;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who and what the random sequences are made of: eight users, three room slots (plus a room nobody creates), a few
 * policies chosen to reach every rule (limits small enough to hit), names, question texts and clock moves.
 */
final class Cast {

    static final Instant START = Instant.parse("2026-11-23T18:00:00Z");

    static final List<UserId> USERS = List.of(
            UserId.of("alice"),
            UserId.of("bob"),
            UserId.of("carol"),
            UserId.of("dave"),
            UserId.of("erin"),
            UserId.of("frank"),
            UserId.of("grace"),
            UserId.of("heidi"));

    /**
     * The room slots. {@code room-1} to {@code room-3} are also the first ids {@code SequentialIds} hands out, so a
     * {@code createRoom} without an id can collide with a room created under an explicit id.
     */
    static final List<RoomId> ROOMS = List.of(RoomId.of("room-1"), RoomId.of("room-2"), RoomId.of("room-3"));

    /** A room id nobody ever creates. */
    static final RoomId NOWHERE = RoomId.of("lobby");

    /** A policy with a name to print. */
    record NamedPolicy(String name, StagePolicy policy) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<NamedPolicy> POLICIES = List.of(
            new NamedPolicy(
                    "stage-invite",
                    StagePolicy.builder()
                            .stageMode(true)
                            .requireHost(true)
                            .promotion(PromotionMode.INVITE)
                            .allowAnonymousQuestions(true)
                            .maxSpeakers(2)
                            .maxCoHosts(1)
                            .maxParticipants(6)
                            .maxRaisedHands(3)
                            .maxOpenQuestionsPerUser(2)
                            .invitationTtl(Duration.ofSeconds(10))
                            .hostAbsenceGrace(Duration.ofSeconds(20))
                            .build()),
            new NamedPolicy(
                    "stage-direct",
                    StagePolicy.builder()
                            .stageMode(true)
                            .requireHost(true)
                            .hostAbsenceGrace(Duration.ZERO)
                            .allowAnonymousQuestions(true)
                            .maxSpeakers(1)
                            .maxCoHosts(2)
                            .maxQuestionLength(40)
                            .build()),
            new NamedPolicy("plain", StagePolicy.defaults()),
            new NamedPolicy(
                    "stage-quiet",
                    StagePolicy.builder()
                            .stageMode(true)
                            .handsEnabled(false)
                            .questionsEnabled(false)
                            .maxCoHosts(0)
                            .build()));

    static final List<String> NAMES = List.of("AMA", "  Town hall  ", " \u200B ");

    static final List<String> QUESTIONS = List.of(
            "When is the next release?",
            "  Why?  ",
            "line one\nline two",
            "\u200B\u00A0 ",
            "x".repeat(501),
            "emoji \uD83C\uDFA4 fine");

    static final List<Duration> WAITS = List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(4),
            Duration.ofSeconds(6),
            Duration.ofSeconds(11),
            Duration.ofSeconds(21),
            Duration.ofSeconds(61));

    /** The name of one of {@link #POLICIES}, for printing. */
    static String policyName(StagePolicy policy) {
        return POLICIES.stream()
                .filter(named -> named.policy().equals(policy))
                .map(NamedPolicy::name)
                .findFirst()
                .orElse("policy");
    }

    private Cast() {}
}
