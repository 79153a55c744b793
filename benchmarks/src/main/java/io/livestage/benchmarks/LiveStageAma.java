package io.livestage.benchmarks;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.AnswerQuestion;
import io.livestage.domain.command.AssignCoHost;
import io.livestage.domain.command.Command;
import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.DismissQuestion;
import io.livestage.domain.command.Intent;
import io.livestage.domain.command.JoinRoom;
import io.livestage.domain.command.Leave;
import io.livestage.domain.command.LowerHand;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.command.SubmitStageQuestion;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.CommandId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An AMA room of livestage, built from an {@link AmaCast} by real commands through {@link StageDecider#handle}, and the
 * commands the benchmarks send it. Optionally records every event, for the replay benchmark.
 */
public final class LiveStageAma {

    public static final RoomId ROOM = RoomId.of(AmaCast.ROOM);
    public static final UserId HOST = UserId.of(AmaCast.HOST);

    private final boolean recording;
    private final List<StageEvent> history = new ArrayList<>();
    private Option<Room> room = StageDecider.initialState();
    private long commands;
    private Instant now = AmaCast.BUILT_AT;

    private LiveStageAma(boolean recording) {
        this.recording = recording;
    }

    /** The room of {@code cast}, built at {@link AmaCast#BUILT_AT}. */
    public static LiveStageAma build(AmaCast cast) {
        return build(cast, false);
    }

    /** The room of {@code cast}; with {@code recording}, every event of its history is kept. */
    public static LiveStageAma build(AmaCast cast, boolean recording) {
        LiveStageAma ama = opened(recording);
        for (String coHost : AmaCast.CO_HOSTS) {
            ama.apply(ama.command(HOST, new AssignCoHost(ROOM, UserId.of(coHost))));
            ama.join(coHost);
        }
        for (String speaker : AmaCast.SPEAKERS) {
            ama.join(speaker);
            ama.apply(ama.byHost(new PromoteToSpeaker(ama.call(), UserId.of(speaker))));
        }
        cast.audience().forEach(ama::join);
        cast.handsUp().forEach(user -> ama.apply(ama.by(user, new RaiseHand(ama.call()))));
        cast.withQuestion()
                .forEach(user -> ama.apply(ama.by(user, new SubmitStageQuestion(ama.call(), AmaCast.QUESTION, false))));
        ama.now = AmaCast.NOW;
        return ama;
    }

    /** The AMA room just created, its host alone in the call. */
    public static LiveStageAma opened(boolean recording) {
        LiveStageAma ama = new LiveStageAma(recording);
        ama.apply(ama.command(HOST, new CreateRoom(ROOM, "AMA", AmaCast.policy())));
        ama.join(AmaCast.HOST);
        return ama;
    }

    private void join(String user) {
        apply(joining(user));
    }

    /** The room as built (or as moved on by {@link #apply}). */
    public Option<Room> room() {
        return room;
    }

    /** The live call. */
    public CallId call() {
        return room.get().liveCallId().get();
    }

    /** Every event so far, if recording. */
    public List<StageEvent> history() {
        return history;
    }

    /** Decides {@code command} on the current room and moves to the result; a rejection is a broken fixture. */
    public Transition apply(Command command) {
        Transition transition = accepted(StageDecider.handle(command, room), command);
        room = transition.after();
        if (recording) {
            transition.stageEvents().forEach(history::add);
        }
        return transition;
    }

    /** The transition of an accepted command; throws if the benchmark's workload was refused. */
    public static Transition accepted(Either<Rejection, Transition> decision, Command command) {
        if (decision.isLeft()) {
            throw new IllegalStateException(
                    "the workload was refused: " + decision.getLeft().code() + " for " + command.intent());
        }
        return decision.get();
    }

    /** The transition of an accepted command that changed something; throws otherwise. */
    public static Transition changed(Either<Rejection, Transition> decision, Command command) {
        Transition transition = accepted(decision, command);
        if (transition.events().isEmpty()) {
            throw new IllegalStateException("the workload changed nothing: " + command.intent());
        }
        return transition;
    }

    /**
     * Checks, once before measuring, that each command decided on {@code room} is accepted with events of exactly
     * these types: a benchmark that measured refusals or no-ops would measure the wrong thing.
     */
    public static void expect(Option<Room> room, Command[] commands, EventType... types) {
        for (Command command : commands) {
            Transition transition = changed(StageDecider.handle(command, room), command);
            List<EventType> actual =
                    transition.stageEvents().map(StageEvent::type).toJavaList();
            if (!actual.equals(List.of(types))) {
                throw new IllegalStateException(
                        "expected " + List.of(types) + " from " + command.intent() + ", got " + actual);
            }
        }
    }

    public Command by(String user, Intent intent) {
        return command(UserId.of(user), intent);
    }

    public Command byHost(Intent intent) {
        return command(HOST, intent);
    }

    private Command command(UserId user, Intent intent) {
        return Command.by(user, intent, CommandId.of("cmd-" + ++commands), now);
    }

    public Command joining(String user) {
        return by(user, new JoinRoom(ROOM));
    }

    public Command raise(String user) {
        return by(user, new RaiseHand(call()));
    }

    public Command withdraw(String user) {
        return by(user, new LowerHand(call(), UserId.of(user)));
    }

    public Command promote(String user) {
        return byHost(new PromoteToSpeaker(call(), UserId.of(user)));
    }

    public Command demote(String user) {
        return byHost(new DemoteToAudience(call(), UserId.of(user)));
    }

    public Command ask(String user) {
        return by(user, new SubmitStageQuestion(call(), AmaCast.QUESTION, false));
    }

    public Command answer(QuestionId question) {
        return byHost(new AnswerQuestion(call(), question));
    }

    public Command dismiss(QuestionId question) {
        return byHost(new DismissQuestion(call(), question));
    }

    public Command leave(String user) {
        return by(user, new Leave(call()));
    }

    /** The commands of {@code users} made by {@code make}, repeated to a power of two so a mask can cycle them. */
    public static Command[] cycle(List<String> users, java.util.function.Function<String, Command> make) {
        int size = Integer.highestOneBit(Math.max(1, users.size() * 2 - 1));
        Command[] commands = new Command[size];
        for (int i = 0; i < size; i++) {
            commands[i] = make.apply(users.get(i % users.size()));
        }
        return commands;
    }
}
