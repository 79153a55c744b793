package io.livestage.adapters.inmemory.service;

import static io.livestage.adapters.inmemory.service.StageFixture.ALICE;
import static io.livestage.adapters.inmemory.service.StageFixture.BOB;
import static io.livestage.adapters.inmemory.service.StageFixture.CARL;
import static io.livestage.adapters.inmemory.service.StageFixture.DAVE;
import static io.livestage.adapters.inmemory.service.StageFixture.HANA;
import static io.livestage.adapters.inmemory.service.StageFixture.as;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.PromotionMode;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.state.Room;
import io.livestage.ports.Outcome;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A long, deterministic run of mixed commands through the facade on a few rooms: joins and leaves, hands, promotions
 * and invitations, anonymous and named questions, co-hosts, removals and bans, ended calls, and the clock moving so
 * that deadlines fire. Most moderation is sent by a moderator of the room, some by anyone (and refused). The same seed
 * always sends the same commands.
 *
 * <p>Rooms alternate two policies: direct promotion, and invitations with {@code requireHost} (so host absence and
 * invitation expiry happen).
 */
final class MixedRun {

    static final List<UserId> CAST =
            List.of(HANA, CARL, ALICE, BOB, DAVE, UserId.of("erin"), UserId.of("finn"), UserId.of("gus"));

    private final StageFixture fixture;
    private final List<RoomId> rooms;
    private final Random random;
    private final Map<String, Integer> codes = new TreeMap<>();

    MixedRun(StageFixture fixture, long seed, List<RoomId> rooms) {
        this.fixture = fixture;
        this.rooms = List.copyOf(rooms);
        this.random = new Random(seed);
    }

    /** Creates the rooms, hosted by hana, and has the whole cast watch each of them. */
    MixedRun open() {
        for (int n = 0; n < rooms.size(); n++) {
            RoomId room = rooms.get(n);
            boolean strict = n % 2 == 1;
            StagePolicy policy = StagePolicy.builder()
                    .stageMode(true)
                    .requireHost(strict)
                    .promotion(strict ? PromotionMode.INVITE : PromotionMode.DIRECT)
                    .allowAnonymousQuestions(true)
                    .maxSpeakers(3)
                    .handCooldown(Duration.ZERO)
                    .questionCooldown(Duration.ZERO)
                    .maxOpenQuestionsPerUser(1_000)
                    .invitationTtl(Duration.ofSeconds(30))
                    .hostAbsenceGrace(Duration.ofSeconds(20))
                    .build();
            String code = fixture.stage()
                    .createRoom(as(HANA), room, "Room " + n, policy)
                    .code();
            if (!code.equals("ok")) {
                throw new IllegalStateException("could not create " + room + ": " + code);
            }
            fixture.watch(room, CAST.toArray(UserId[]::new));
        }
        return this;
    }

    /** Sends {@code steps} commands (or clock moves) through the fixture's current service. */
    MixedRun run(int steps) {
        return run(steps, fixture);
    }

    /** Sends {@code steps} commands (or clock moves) through {@code through}, which shares the store. */
    MixedRun run(int steps, StageFixture through) {
        for (int step = 0; step < steps; step++) {
            step(through);
        }
        return this;
    }

    /** How many commands ended with each outcome code. */
    Map<String, Integer> codes() {
        return Map.copyOf(codes);
    }

    private void step(StageFixture through) {
        if (random.nextInt(40) == 0) {
            through.clock().advance(Duration.ofSeconds(1 + random.nextInt(25)));
            return;
        }
        StageService stage = through.stage();
        RoomId room = pick(rooms);
        Option<Room> state = fixture.room(room);
        CallId call = state.flatMap(Room::liveCallId).getOrElse(() -> new CallId(room, 1 + random.nextInt(3)));
        UserId user = pick(CAST);
        UserId target = pick(CAST);
        UserId moderator = random.nextInt(4) == 0 ? user : moderatorOf(state);
        QuestionId question = new QuestionId(1 + random.nextInt(6));
        Outcome<?> outcome = switch (random.nextInt(24)) {
            case 0, 1, 2, 3, 4 -> stage.joinRoom(as(user), room);
            case 5 -> stage.leave(as(random.nextBoolean() ? user : moderator), call);
            case 6, 7 -> stage.raiseHand(as(user), call);
            case 8 -> stage.lowerHand(as(random.nextBoolean() ? user : moderator), call, target);
            case 9 -> stage.lowerAllHands(as(moderator), call);
            case 10, 11 -> stage.promoteToSpeaker(as(moderator), call, target);
            case 12 -> stage.demoteToAudience(as(random.nextBoolean() ? user : moderator), call, target);
            case 13 -> stage.acceptInvitation(as(user), call);
            case 14 -> stage.declineInvitation(as(user), call);
            case 15, 16 ->
                stage.submitStageQuestion(as(user), call, "Question from " + user + "?", random.nextBoolean());
            case 17 -> stage.answerQuestion(as(moderator), call, question);
            case 18 -> stage.dismissQuestion(as(moderator), call, question);
            case 19 -> stage.assignCoHost(as(moderator), room, target);
            case 20 -> stage.revokeCoHost(as(moderator), room, target);
            case 21 ->
                random.nextInt(3) == 0
                        ? stage.unban(as(moderator), room, target)
                        : stage.removeParticipant(as(moderator), call, target, random.nextInt(3) == 0);
            case 22 ->
                random.nextInt(4) == 0
                        ? stage.transferHost(as(moderator), room, target)
                        : stage.joinRoom(as(target), room);
            default -> random.nextInt(5) == 0 ? stage.endCall(as(moderator), call) : stage.joinRoom(as(user), room);
        };
        codes.merge(outcome.code(), 1, Integer::sum);
    }

    private UserId moderatorOf(Option<Room> state) {
        Seq<UserId> moderators =
                state.map(room -> room.authority().moderators()).getOrElse(io.vavr.collection.Vector.of(HANA));
        return moderators.get(random.nextInt(moderators.size()));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
