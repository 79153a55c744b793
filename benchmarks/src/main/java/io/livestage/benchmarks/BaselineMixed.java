package io.livestage.benchmarks;

import io.livestage.benchmarks.baseline.Stage;
import io.livestage.benchmarks.baseline.Verdict;

/** The mixed AMA workload of {@link LiveStageMixed}, the same nine commands on the same users, on a baseline. */
public final class BaselineMixed {

    private final Stage stage;
    private final String[][] slots;
    private int slot;
    private int step;
    private int asked;

    public BaselineMixed(Stage stage, AmaCast cast) {
        this.stage = stage;
        this.slots = new String[cast.mixedSlots()][];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = new String[] {
                cast.free().get(k),
                cast.askers().get(k),
                cast.handsUp().get(k),
                cast.newcomers().get(k)
            };
        }
    }

    /** Issues the next command of the cycle. */
    public Verdict next() {
        String[] users = slots[slot];
        String a = users[0];
        String b = users[1];
        String c = users[2];
        String j = users[3];
        Verdict verdict = switch (step) {
            case 0 -> stage.join(j, AmaCast.NOW);
            case 1 -> stage.raiseHand(a, AmaCast.NOW);
            case 2 -> stage.submitQuestion(b, AmaCast.QUESTION, false, AmaCast.NOW);
            case 3 -> stage.promote(AmaCast.HOST, c, AmaCast.NOW);
            case 4 -> stage.lowerHand(a, a, AmaCast.NOW);
            case 5 -> stage.answerQuestion(AmaCast.HOST, asked, AmaCast.NOW);
            case 6 -> stage.demote(AmaCast.HOST, c, AmaCast.NOW);
            case 7 -> stage.raiseHand(c, AmaCast.NOW);
            default -> stage.leave(j, AmaCast.NOW);
        };
        if (!verdict.accepted() || verdict.events().isEmpty()) {
            throw new IllegalStateException(
                    "the mixed workload went wrong at step " + step + ": " + verdict.rejection());
        }
        if (step == 2) {
            asked = verdict.events().get(0).number();
        }
        if (++step == LiveStageMixed.STEPS) {
            step = 0;
            if (++slot == slots.length) {
                slot = 0;
            }
        }
        return verdict;
    }
}
