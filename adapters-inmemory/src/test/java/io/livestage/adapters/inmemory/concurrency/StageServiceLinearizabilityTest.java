package io.livestage.adapters.inmemory.concurrency;

import io.livestage.adapters.inmemory.ClockDrivenDeadlines;
import io.livestage.adapters.inmemory.InMemoryEventBus;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.adapters.inmemory.SequentialIds;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.view.StageView;
import io.livestage.ports.Caller;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.service.ServiceSettings;
import io.livestage.ports.service.StageService;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Lincheck explores interleavings of facade calls on one room through {@link StageService} and the in-memory store:
 * load, decide, compare-and-set, retry on conflict, idempotent retries and queries must together behave as if the
 * calls ran one at a time in some order consistent with when they were made. Hana hosts the room (created and joined
 * before each scenario); Alice and Bob join, leave, raise hands, ask, and are promoted and demoted.
 *
 * <p>Answers are reduced to what the caller can see and what must not depend on the interleaving beyond the order it
 * chose: the outcome's code, value and sequence; a view's sequence, stage, audience and hand queue; the sequences and
 * names of the events since the start. (Command ids are not compared: a decision retried after a conflict draws a new
 * one.) Feeds are not observed: a command may return while another thread is still relaying its events, by design.
 */
@Param(name = "user", gen = IntGen.class, conf = "0:1")
public class StageServiceLinearizabilityTest {

    private static final RoomId ROOM = RoomId.of("ama");
    private static final CallId CALL = CallId.of("ama#1");
    private static final Caller HOST = Caller.of(UserId.of("hana"));
    private static final List<UserId> USERS = List.of(UserId.of("alice"), UserId.of("bob"));

    private final StageService stage;

    public StageServiceLinearizabilityTest() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T18:00:00Z"));
        stage = new StageService(
                new InMemoryRooms(),
                new InMemoryEventBus(),
                clock,
                new SequentialIds(),
                new ClockDrivenDeadlines(clock),
                ServiceSettings.DEFAULTS);
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .maxSpeakers(1)
                .handCooldown(Duration.ZERO)
                .questionCooldown(Duration.ZERO)
                .build();
        stage.createRoom(HOST, ROOM, "AMA", policy);
        stage.joinRoom(HOST, ROOM);
    }

    @Operation
    public String join(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.joinRoom(Caller.of(user), ROOM));
    }

    /** A join sent with the user's idempotency key: its retries must answer the original outcome. */
    @Operation
    public String joinWithKey(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.joinRoom(Caller.of(user).withIdempotencyKey("join-" + user), ROOM));
    }

    @Operation
    public String leave(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.leave(Caller.of(user), CALL));
    }

    @Operation
    public String raiseHand(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.raiseHand(Caller.of(user), CALL));
    }

    @Operation
    public String promote(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.promoteToSpeaker(HOST, CALL, user));
    }

    @Operation
    public String demote(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.demoteToAudience(HOST, CALL, user));
    }

    @Operation
    public String ask(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.submitStageQuestion(Caller.of(user), CALL, "Why?", false));
    }

    @Operation
    public String hostsView() {
        return answer(stage.stageView(UserId.of("hana"), ROOM), StageServiceLinearizabilityTest::summary);
    }

    @Operation
    public String eventsSinceTheStart(@Param(name = "user") int who) {
        UserId user = USERS.get(who);
        return answer(stage.eventsSince(user, ROOM, 0), StageServiceLinearizabilityTest::summary);
    }

    @Test
    void every_interleaving_the_model_checker_tries_is_linearizable() {
        LincheckRuns.modelCheckingOfCalls().check(getClass());
    }

    @Test
    void concurrent_runs_under_stress_are_linearizable() {
        LincheckRuns.stress().check(getClass());
    }

    private static String answer(Outcome<?> outcome) {
        return answer(outcome, String::valueOf);
    }

    private static <T> String answer(Outcome<T> outcome, Function<? super T, String> value) {
        return outcome.fold(
                rejection -> rejection.code(),
                failure -> failure.code(),
                accepted -> "ok " + value.apply(accepted) + " at " + ((Outcome.Accepted<T>) outcome).sequence());
    }

    private static String summary(StageView view) {
        return "#" + view.atSequence() + " stage " + view.speakers().map(StageView.SpeakerView::user) + " audience "
                + view.audienceCount() + " hands " + view.handQueue();
    }

    private static String summary(Seq<Delivery> deliveries) {
        return deliveries.map(d -> d.sequence() + " " + d.event().wireName()).mkString(", ");
    }
}
