package io.livestage.benchmarks;

import io.livestage.domain.StageDecider;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.QuestionSubmitted;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.state.Room;
import io.livestage.domain.state.Transition;
import io.vavr.control.Option;

/**
 * The mixed AMA workload on livestage: a cycle of nine commands that leaves the room's people, hands and stage as it
 * found them, rotating through {@link AmaCast#mixedSlots()} disjoint sets of users. For slot {@code k}, with {@code a} a
 * free member, {@code b} an asker, {@code c} a member whose hand is up and {@code j} a newcomer:
 *
 * <ol>
 *   <li>{@code j} joins;
 *   <li>{@code a} raises a hand;
 *   <li>{@code b} submits a question;
 *   <li>the host promotes {@code c} from the hand queue (hand lowered, role changed);
 *   <li>{@code a} withdraws the hand;
 *   <li>the host answers {@code b}'s question;
 *   <li>the host demotes {@code c};
 *   <li>{@code c} raises a hand again (back in the queue);
 *   <li>{@code j} leaves.
 * </ol>
 *
 * Only the answered questions accumulate, as they do in a real call.
 */
public final class LiveStageMixed {

    public static final int STEPS = 9;

    private final LiveStageAma ama;
    private final Command[][] cycle;
    private final int slots;
    private int slot;
    private int step;
    private QuestionId asked;

    public LiveStageMixed(LiveStageAma ama, AmaCast cast) {
        this.ama = ama;
        this.slots = cast.mixedSlots();
        this.cycle = new Command[slots][];
        for (int k = 0; k < slots; k++) {
            String a = cast.free().get(k);
            String b = cast.askers().get(k);
            String c = cast.handsUp().get(k);
            String j = cast.newcomers().get(k);
            cycle[k] = new Command[] {
                ama.joining(j),
                ama.raise(a),
                ama.ask(b),
                ama.promote(c),
                ama.withdraw(a),
                null, // the answer names the question just asked
                ama.demote(c),
                ama.raise(c),
                ama.leave(j)
            };
        }
    }

    /** Starts the cycle again from its first step. */
    public void restart() {
        slot = 0;
        step = 0;
    }

    /** Decides the next command of the cycle on {@code room}; the room after it. */
    public Option<Room> next(Option<Room> room) {
        return step(room).after();
    }

    /** Decides the next command of the cycle on {@code room}; its transition. */
    public Transition step(Option<Room> room) {
        Command command = step == 5 ? ama.answer(asked) : cycle[slot][step];
        Transition transition = LiveStageAma.changed(StageDecider.handle(command, room), command);
        if (step == 2) {
            asked = ((QuestionSubmitted) transition.events().head().event().change()).question();
        }
        if (++step == STEPS) {
            step = 0;
            if (++slot == slots) {
                slot = 0;
            }
        }
        return transition;
    }
}
