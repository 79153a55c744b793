package io.livestage.adapters.inmemory.model;

import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.command.CloseRoom;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Outcome;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Malformed commands at the facade, between valid ones that give the rooms something to lose (people on stage, hands
 * up, questions, co-hosts, bans, a closed room, a room whose first call ended): garbage ids of every kind, 10,000-character and
 * 1 MB ids, control characters, unpaired surrogates, zero-width and whitespace-only ids and texts, 1 MB questions,
 * bad names and policies, stale call ids, users who are not in the room, rooms nobody created, the closed room, bad
 * idempotency keys on otherwise valid commands. Each one must be refused with a documented code (the one that is
 * certain, where one is), throw nothing, and leave the store (state, version, log, outbox) and every subscription as
 * they were.
 */
class HostileInputProperties {

    private static final int EXAMPLES = Integer.getInteger("livestage.examples", 1000);

    /** Malformed commands per run: 24, so 24,000 per verify at the default scale. */
    private static final int ROUNDS = 24;

    private static final Set<String> DOCUMENTED = DocumentedCodes.rejections();

    /** How many malformed commands of each kind were refused with each code (printed). */
    private static final Map<String, Long> REFUSED = new ConcurrentSkipListMap<>();

    /**
     * One round: a valid step, then a malformed command made by spoiling a command the model would send.
     *
     * @param valid the valid step
     * @param base the step whose command is spoiled
     * @param kind how ({@link Attack.Kind} ordinal)
     * @param garbage which garbage
     */
    record Round(Step valid, Step base, int kind, int garbage) {}

    /**
     * A run: three rooms opened as in the model test, then the rounds.
     *
     * @param openings the rooms' seeds
     * @param rounds the rounds
     */
    record Siege(List<Integer> openings, List<Round> rounds) {}

    @Test
    @DisplayName("every malformed command is refused with a documented code and changes nothing")
    void malformed_commands_are_refused_and_change_nothing() {
        AtomicLong runs = new AtomicLong();
        AtomicLong malformed = new AtomicLong();
        long started = System.nanoTime();
        qt().withExamples(EXAMPLES)
                .forAll(sieges().describedAs(siege -> siege.rounds().size() + " rounds; the cause below lists them"))
                .checkAssert(siege -> {
                    malformed.addAndGet(run(siege));
                    runs.incrementAndGet();
                });
        System.out.printf(
                "HostileInputProperties: %d runs, %d malformed commands, %d ms%n",
                runs.get(), malformed.get(), (System.nanoTime() - started) / 1_000_000);
        System.out.println("  refused, by kind and code: " + REFUSED);
    }

    private static Gen<Siege> sieges() {
        Gen<Round> round = Step.steps()
                .zip(
                        Step.steps(),
                        Generate.range(0, Attack.Kind.values().length - 1),
                        Generate.range(0, 9_999),
                        Round::new);
        return SourceDSL.lists()
                .of(Generate.range(0, Resolver.OPENINGS - 1))
                .ofSize(Cast.ROOMS.size())
                .zip(SourceDSL.lists().of(round).ofSize(ROUNDS), Siege::new);
    }

    /** Runs a siege; returns how many malformed commands it sent. */
    private static int run(Siege siege) {
        WiredStage stage = new WiredStage();
        stage.watch(Attack.CLOSED);
        stage.watch(Attack.RESTARTED);
        Resolver valid = new Resolver(stage::room);
        Resolver bases = new Resolver(stage::room);
        Transcript transcript = new Transcript();
        for (int slot = 0; slot < siege.openings().size(); slot++) {
            valid.opening(slot, siege.openings().get(slot)).forEach(act -> perform(stage, act, transcript));
        }
        closedRoom().forEach(act -> perform(stage, act, transcript));
        restartedRoom().forEach(act -> perform(stage, act, transcript));
        int sent = 0;
        for (Round round : siege.rounds()) {
            perform(stage, valid.resolve(round.valid()), transcript);
            FacadeCall base = FacadeCall.of(bases.resolve(round.base()))
                    .getOrElse(() -> new FacadeCall(
                            FacadeCall.Method.JOIN_ROOM,
                            "bob",
                            Option.none(),
                            "room-1",
                            "",
                            "",
                            FacadeCall.NO_POLICY,
                            false));
            Attack attack = Attack.of(base, Attack.Kind.values()[round.kind()], round.garbage(), stage::room, ++sent);
            Map<Object, Object> before = snapshot(stage, attack);
            Outcome<?> outcome;
            try {
                outcome = attack.call().invoke(stage.service);
            } catch (RuntimeException escaped) {
                throw new AssertionError(
                        "An exception escaped the facade for " + attack + "\nafter:\n" + transcript, escaped);
            }
            transcript.add(attack, outcome);
            check(attack, outcome, transcript);
            REFUSED.merge(attack.kind() + " " + outcome.code(), 1L, Long::sum);
            Map<Object, Object> after = snapshot(stage, attack);
            if (!after.equals(before)) {
                throw new AssertionError("A refused command changed something: " + attack + "\nbefore: "
                        + differences(before, after) + "\nafter:\n" + transcript);
            }
        }
        return sent;
    }

    private static void check(Attack attack, Outcome<?> outcome, Transcript transcript) {
        if (!(outcome instanceof Outcome.Rejected<?> rejected)) {
            throw new AssertionError("Not refused: " + attack + " -> " + outcome + "\nafter:\n" + transcript);
        }
        String code = rejected.rejection().code();
        if (!DOCUMENTED.contains(code)) {
            throw new AssertionError("Refused with a code docs/semantics.md does not list: " + code + " for " + attack
                    + "\nthe catalogue lists " + DOCUMENTED + "\nafter:\n" + transcript);
        }
        if (attack.code().isDefined() && !attack.code().contains(code)) {
            throw new AssertionError(
                    "Refused with " + code + " where " + attack.code().get() + " is certain: " + attack + " ("
                            + rejected.rejection() + ")\nafter:\n" + transcript);
        }
    }

    /** Sets up {@code gone}: created, joined by two, closed (ending its call, gone#1). */
    private static List<Act> closedRoom() {
        UserId alice = Cast.USERS.get(0);
        UserId bob = Cast.USERS.get(1);
        return List.of(
                new Act.Issue(
                        alice,
                        new CreateRoom(
                                Attack.CLOSED, "Gone", Cast.POLICIES.get(0).policy()),
                        Option.none()),
                new Act.Issue(alice, new JoinRoom(Attack.CLOSED), Option.none()),
                new Act.Issue(bob, new JoinRoom(Attack.CLOSED), Option.none()),
                new Act.Issue(alice, new CloseRoom(Attack.CLOSED), Option.none()));
    }

    /** Sets up {@code again}: a plain call whose first call ended when its only participant left; the second is live. */
    private static List<Act> restartedRoom() {
        UserId carol = Cast.USERS.get(2);
        return List.of(
                new Act.Issue(carol, new CreateRoom(Attack.RESTARTED, "Again", StagePolicy.defaults()), Option.none()),
                new Act.Issue(carol, new JoinRoom(Attack.RESTARTED), Option.none()),
                new Act.Issue(carol, new Leave(new CallId(Attack.RESTARTED, 1)), Option.none()),
                new Act.Issue(carol, new JoinRoom(Attack.RESTARTED), Option.none()));
    }

    private static void perform(WiredStage stage, Act act, Transcript transcript) {
        transcript.add(act, stage.perform(act).getOrNull());
    }

    /**
     * Everything a command could change: for each watched room and the room the command names, what the store holds
     * (room and version, log, outbox); and what every subscription received.
     */
    private static Map<Object, Object> snapshot(WiredStage stage, Attack attack) {
        List<RoomId> rooms = new ArrayList<>();
        stage.watched().forEach(rooms::add);
        named(attack.call()).forEach(rooms::add);
        Map<Object, Object> snapshot = new LinkedHashMap<>();
        for (RoomId room : rooms) {
            snapshot.put(room + " stored", stage.store.load(room));
            snapshot.put(room + " log", stage.store.eventsAfter(room, 0));
            snapshot.put(room + " outbox", stage.store.unpublished(room));
        }
        for (RoomId room : stage.watched()) {
            for (UserId user : Cast.USERS) {
                snapshot.put(room + " feed of " + user, List.copyOf(stage.received(room, user)));
            }
        }
        return snapshot;
    }

    /** The room the command names, if its text is a valid id. */
    private static Option<RoomId> named(FacadeCall call) {
        return switch (call.method().place) {
            case ROOM -> RoomId.parse(call.place()).toOption();
            case CALL -> CallId.parse(call.place()).map(CallId::room).toOption();
            case NONE -> Option.none();
        };
    }

    private static String differences(Map<Object, Object> before, Map<Object, Object> after) {
        StringBuilder differences = new StringBuilder();
        after.forEach((what, now) -> {
            if (!now.equals(before.get(what))) {
                differences
                        .append("\n  ")
                        .append(what)
                        .append(": ")
                        .append(before.get(what))
                        .append(" -> ")
                        .append(now);
            }
        });
        return differences.toString();
    }
}
