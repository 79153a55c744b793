package io.livestage.adapters.inmemory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.EndCall;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.LowerAllHands;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.RemoveParticipant;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.role.Role;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.livestage.domain.view.StageView;
import io.livestage.ports.client.Applied;
import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.client.MediaIntent;
import io.livestage.ports.publish.Delivery;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the network does to a user's feed (reorders, repeats, delays), a mirror that resyncs from the stage view on
 * every gap never applies an event twice or out of order, never skips one, and ends where the clean feed ends: same
 * role, same hand, and publishing exactly when a speaker, with intents that never repeat.
 *
 * <p>Histories are real: random commands from a small cast decided by {@link StageDecider}, rejected ones dropped.
 */
class ClientMirrorProperties {

    private static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);

    private static final RoomId ROOM = RoomId.of("ama");
    private static final UserId HOST = UserId.of("hana");
    private static final UserId ME = UserId.of("bob");
    private static final List<UserId> CAST = List.of(HOST, ME, UserId.of("alice"), UserId.of("dave"));
    private static final int ACTIONS = 11;
    private static final Instant T0 = Instant.parse("2026-11-23T18:00:00Z");

    /** Commands, each an (action, actor) pair packed in one number. */
    private static final Gen<List<Integer>> SCRIPTS =
            lists().of(integers().between(0, ACTIONS * CAST.size() - 1)).ofSizeBetween(0, 40);

    /** What the network does to each delivery: how late it is, and whether (and how much later) it comes again. */
    private static final Gen<List<Integer>> NOISE =
            lists().of(integers().between(0, 63)).ofSizeBetween(1, 60);

    @Test
    void the_clean_feed_ends_in_the_state_the_stage_view_shows() {
        qt().withExamples(EXAMPLES).forAll(SCRIPTS).checkAssert(script -> {
            Run run = Run.of(script);
            List<MediaIntent> intents = new ArrayList<>();
            ClientMirror mirror = new ClientMirror(ME, intents::add);

            run.feed().forEach(delivery -> assertThat(mirror.apply(delivery)).isEqualTo(Applied.APPLIED));

            assertMatches(mirror, intents, run.finalView());
        });
    }

    @Test
    void a_reordered_and_repeated_feed_is_applied_once_in_order_and_ends_like_the_clean_one() {
        qt().withExamples(EXAMPLES).forAll(SCRIPTS, NOISE).checkAssert((script, noise) -> {
            Run run = Run.of(script);
            List<MediaIntent> intents = new ArrayList<>();
            ClientMirror mirror = new ClientMirror(ME, intents::add);
            List<Arrival> arrivals = Arrival.schedule(run, noise);
            int lastTick =
                    arrivals.isEmpty() ? 0 : arrivals.get(arrivals.size() - 1).tick();
            List<Long> applied = new ArrayList<>();

            for (Arrival arrival : arrivals) {
                Delivery delivery = arrival.delivery();
                long before = mirror.lastApplied();
                Applied result = mirror.apply(delivery);
                switch (result) {
                    case APPLIED -> {
                        assertThat(delivery.previous()).isLessThanOrEqualTo(before);
                        assertThat(delivery.sequence()).isGreaterThan(before);
                        applied.add(delivery.sequence());
                    }
                    case DUPLICATE -> assertThat(delivery.sequence()).isLessThanOrEqualTo(before);
                    case GAP -> {
                        assertThat(delivery.previous()).isGreaterThan(before);
                        assertThat(mirror.lastApplied()).isEqualTo(before);
                        mirror.resync(run.viewAt(Math.min(arrival.tick(), lastTick)));
                        assertThat(mirror.apply(delivery)).isEqualTo(Applied.DUPLICATE);
                    }
                }
            }

            assertThat(applied).isSorted().doesNotHaveDuplicates();
            assertMatches(mirror, intents, run.finalView());
        });
    }

    private static void assertMatches(ClientMirror mirror, List<MediaIntent> intents, StageView truth) {
        assertThat(mirror.role()).isEqualTo(truth.standing().role());
        assertThat(mirror.handRaised()).isEqualTo(truth.myHand().isDefined());
        assertThat(mirror.publishing()).isEqualTo(truth.standing().role().contains(Role.SPEAKER));
        for (int i = 0; i < intents.size(); i++) {
            assertThat(intents.get(i))
                    .isEqualTo(i % 2 == 0 ? MediaIntent.START_PUBLISHING : MediaIntent.STOP_PUBLISHING);
        }
    }

    /**
     * A history and the user's feed of it. Tick {@code t} is the moment just after command {@code t}: the room then is
     * {@code states.get(t)}, and the deliveries it caused are produced at that tick.
     */
    private record Run(List<Room> states, List<Delivery> feed, List<Integer> producedAt) {

        static Run of(List<Integer> script) {
            StagePolicy policy = StagePolicy.builder()
                    .stageMode(true)
                    .maxSpeakers(2)
                    .allowAnonymousQuestions(true)
                    .build();
            List<Room> states = new ArrayList<>();
            List<EventEnvelope> envelopes = new ArrayList<>();
            List<Integer> ticks = new ArrayList<>();
            Option<Room> room = Option.none();
            Instant now = T0;
            int tick = 0;
            for (int i = 0; i <= script.size(); i++) {
                CommandId id = CommandId.of("c" + i);
                Command command = i == 0
                        ? Command.by(HOST, new CreateRoom(ROOM, "AMA", policy), id, now)
                        : command(script.get(i - 1), room, id, now);
                now = now.plus(Duration.ofMinutes(1));
                var decided = StageDecider.handle(command, room);
                if (decided.isLeft()) {
                    continue;
                }
                Transition transition = decided.get();
                room = transition.after();
                states.add(room.get());
                for (var addressed : transition.events()) {
                    envelopes.add(EventEnvelope.of(addressed));
                    ticks.add(tick);
                }
                tick++;
            }
            List<Delivery> feed = new ArrayList<>();
            List<Integer> producedAt = new ArrayList<>();
            long previous = 0;
            for (int i = 0; i < envelopes.size(); i++) {
                EventEnvelope envelope = envelopes.get(i);
                if (envelope.isFor(ME)) {
                    feed.add(new Delivery(ME, envelope.seenBy(ME), previous));
                    producedAt.add(ticks.get(i));
                    previous = envelope.sequence();
                }
            }
            return new Run(states, feed, producedAt);
        }

        StageView viewAt(int tick) {
            return StageView.of(states.get(Math.min(tick, states.size() - 1)), ME);
        }

        StageView finalView() {
            return StageView.of(states.get(states.size() - 1), ME);
        }

        /** The command packed in {@code packed}: a member acting on their own, or the host acting on them. */
        private static Command command(int packed, Option<Room> room, CommandId id, Instant at) {
            UserId member = CAST.get(packed % CAST.size());
            CallId call = room.flatMap(Room::liveCallId).getOrElse(new CallId(ROOM, 1));
            return switch (packed / CAST.size()) {
                case 0 -> Command.by(member, new JoinRoom(ROOM), id, at);
                case 1 -> Command.by(member, new Leave(call), id, at);
                case 2 -> Command.by(member, new RaiseHand(call), id, at);
                case 3 -> Command.by(member, new LowerHand(call, member), id, at);
                case 4 -> Command.by(HOST, new PromoteToSpeaker(call, member), id, at);
                case 5 -> Command.by(HOST, new DemoteToAudience(call, member), id, at);
                case 6 -> Command.by(member, new DemoteToAudience(call, member), id, at);
                case 7 -> Command.by(member, new SubmitStageQuestion(call, "Why?", member.equals(ME)), id, at);
                case 8 -> Command.by(HOST, new EndCall(call), id, at);
                case 9 -> Command.by(HOST, new RemoveParticipant(call, member, false), id, at);
                default -> Command.by(HOST, new LowerAllHands(call), id, at);
            };
        }
    }

    /** A delivery reaching the app at a tick; within a tick, arrivals come in {@code order}. */
    private record Arrival(int tick, int order, Delivery delivery) {

        static List<Arrival> schedule(Run run, List<Integer> noise) {
            List<Arrival> arrivals = new ArrayList<>();
            for (int i = 0; i < run.feed().size(); i++) {
                int bits = noise.get(i % noise.size());
                int delay = bits & 3;
                int order = noise.get((i * 7 + 3) % noise.size());
                int produced = run.producedAt().get(i);
                arrivals.add(new Arrival(produced + delay, order, run.feed().get(i)));
                if ((bits & 4) != 0) {
                    arrivals.add(new Arrival(
                            produced + delay + (bits >> 3),
                            order ^ 1,
                            run.feed().get(i)));
                }
            }
            arrivals.sort(Comparator.comparingInt(Arrival::tick).thenComparingInt(Arrival::order));
            return arrivals;
        }
    }
}
