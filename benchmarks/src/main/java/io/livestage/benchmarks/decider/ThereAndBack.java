package io.livestage.benchmarks.decider;

import io.livestage.benchmarks.AmaCast;
import io.livestage.benchmarks.LiveStageAma;
import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.EventType;
import io.livestage.domain.rejection.Rejection;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * A livestage room built once, and commands that go there and back: raise and lower a hand, join and leave, promote
 * and demote. {@link #decideThere()} and {@link #decideBack()} decide one command on the room as built, which is never replaced
 * (decision, events, audiences and the room after them, computed and dropped); {@link #thereAndBack()} applies one of
 * each to the room it keeps, so the room is the same after each pair. Each benchmark says which commands.
 */
public abstract class ThereAndBack extends Rotating {

    private Option<Room> built;
    private Option<Room> room;
    private Command[] there;
    private Command[] back;
    private Command[] pairBack;

    /** Commands that go there, on the room as built. */
    abstract Command[] there(AmaCast cast, LiveStageAma ama);

    /** Commands that come back, on the room as built (a different pool: members already there). */
    abstract Command[] back(AmaCast cast, LiveStageAma ama);

    /** The command that brings back the member of the same index in {@link #there(AmaCast, LiveStageAma)}. */
    abstract Command[] pairBack(AmaCast cast, LiveStageAma ama);

    /** What each command there must emit. */
    abstract EventType thereEvent();

    /** What each command back must emit. */
    abstract EventType backEvent();

    @Setup(Level.Trial)
    public void build() {
        AmaCast cast = new AmaCast(participants);
        LiveStageAma ama = LiveStageAma.build(cast);
        built = ama.room();
        room = built;
        there = there(cast, ama);
        back = back(cast, ama);
        pairBack = pairBack(cast, ama);
        LiveStageAma.expect(built, there, thereEvent());
        LiveStageAma.expect(built, back, backEvent());
    }

    Either<Rejection, Transition> decideThere() {
        return StageDecider.handle(there[next(there.length)], built);
    }

    Either<Rejection, Transition> decideBack() {
        return StageDecider.handle(back[next(back.length)], built);
    }

    Option<Room> thereAndBack() {
        int index = next(there.length);
        Command go = there[index];
        Command ret = pairBack[index];
        Option<Room> gone =
                LiveStageAma.changed(StageDecider.handle(go, room), go).after();
        room = LiveStageAma.changed(StageDecider.handle(ret, gone), ret).after();
        return room;
    }
}
