package io.livestage.examples.console;

import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One console command: its name, how to call it, and what it does with its arguments.
 *
 * @param name what to type first
 * @param usage the name with its arguments, as help shows it
 * @param summary what it does, in a few words
 * @param minArgs the fewest arguments it takes
 * @param maxArgs the most arguments it takes
 * @param action what it does with them (already counted)
 */
record ConsoleCommand(
        String name, String usage, String summary, int minArgs, int maxArgs, Consumer<List<String>> action) {

    boolean accepts(int args) {
        return args >= minArgs && args <= maxArgs;
    }

    void run(List<String> args) {
        action.accept(args);
    }

    /** Every command of {@code console}, by name, in the order help lists them. */
    static Map<String, ConsoleCommand> all(StageConsole console) {
        LiveStage stage = console.stage();
        Map<String, ConsoleCommand> all = new LinkedHashMap<>();
        add(
                all,
                "join",
                "USER",
                "join the room (starts the call if none)",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "joinRoom(" + StageConsole.ROOM + ")",
                        () -> stage.joinRoom(caller(a), StageConsole.ROOM)));
        add(
                all,
                "leave",
                "USER",
                "leave the call",
                1,
                1,
                a -> console.act(
                        a.get(0), "leave(" + console.call() + ")", () -> stage.leave(caller(a), console.call())));
        add(
                all,
                "raise",
                "USER",
                "raise a hand",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "raiseHand(" + console.call() + ")",
                        () -> stage.raiseHand(caller(a), console.call())));
        add(all, "lower", "USER [TARGET]", "lower your hand, or dismiss TARGET's", 1, 2, a -> {
            String target = a.size() > 1 ? a.get(1) : a.get(0);
            console.act(
                    a.get(0),
                    "lowerHand(" + console.call() + ", " + target + ")",
                    () -> stage.lowerHand(caller(a), console.call(), target));
        });
        add(
                all,
                "lower-all",
                "USER",
                "lower every hand",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "lowerAllHands(" + console.call() + ")",
                        () -> stage.lowerAllHands(caller(a), console.call())));
        add(
                all,
                "promote",
                "USER TARGET",
                "move TARGET to the stage",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "promoteToSpeaker(" + console.call() + ", " + a.get(1) + ")",
                        () -> stage.promoteToSpeaker(caller(a), console.call(), a.get(1))));
        add(
                all,
                "demote",
                "USER TARGET",
                "move TARGET to the audience (yourself: step down)",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "demoteToAudience(" + console.call() + ", " + a.get(1) + ")",
                        () -> stage.demoteToAudience(caller(a), console.call(), a.get(1))));
        add(
                all,
                "accept",
                "USER",
                "accept a stage invitation",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "acceptInvitation(" + console.call() + ")",
                        () -> stage.acceptInvitation(caller(a), console.call())));
        add(
                all,
                "decline",
                "USER",
                "decline a stage invitation",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "declineInvitation(" + console.call() + ")",
                        () -> stage.declineInvitation(caller(a), console.call())));
        add(all, "ask", "USER \"TEXT\" [anon]", "submit a stage question", 2, 3, a -> {
            if (a.size() == 3 && !a.get(2).equals("anon")) {
                console.usage("ask USER \"TEXT\" [anon]  (the third word may only be 'anon')");
                return;
            }
            boolean anonymous = a.size() == 3;
            console.act(
                    a.get(0),
                    "submitStageQuestion(" + console.call() + ", \"" + a.get(1) + "\""
                            + (anonymous ? ", anonymous" : "") + ")",
                    () -> stage.submitStageQuestion(caller(a), console.call(), a.get(1), anonymous));
        });
        add(
                all,
                "answer",
                "USER QUESTION",
                "mark a question answered (q1, q2, ...)",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "answerQuestion(" + console.call() + ", " + a.get(1) + ")",
                        () -> stage.answerQuestion(caller(a), console.call(), a.get(1))));
        add(
                all,
                "dismiss",
                "USER QUESTION",
                "dismiss a question",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "dismissQuestion(" + console.call() + ", " + a.get(1) + ")",
                        () -> stage.dismissQuestion(caller(a), console.call(), a.get(1))));
        add(
                all,
                "cohost",
                "USER TARGET",
                "appoint TARGET co-host",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "assignCoHost(" + StageConsole.ROOM + ", " + a.get(1) + ")",
                        () -> stage.assignCoHost(caller(a), StageConsole.ROOM, a.get(1))));
        add(
                all,
                "uncohost",
                "USER TARGET",
                "revoke TARGET's co-host role",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "revokeCoHost(" + StageConsole.ROOM + ", " + a.get(1) + ")",
                        () -> stage.revokeCoHost(caller(a), StageConsole.ROOM, a.get(1))));
        add(
                all,
                "transfer",
                "USER TARGET",
                "make TARGET the host",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "transferHost(" + StageConsole.ROOM + ", " + a.get(1) + ")",
                        () -> stage.transferHost(caller(a), StageConsole.ROOM, a.get(1))));
        add(all, "remove", "USER TARGET [ban]", "remove TARGET from the call (and ban)", 2, 3, a -> {
            if (a.size() == 3 && !a.get(2).equals("ban")) {
                console.usage("remove USER TARGET [ban]  (the third word may only be 'ban')");
                return;
            }
            boolean ban = a.size() == 3;
            console.act(
                    a.get(0),
                    "removeParticipant(" + console.call() + ", " + a.get(1) + ", ban=" + ban + ")",
                    () -> stage.removeParticipant(caller(a), console.call(), a.get(1), ban));
        });
        add(
                all,
                "unban",
                "USER TARGET",
                "let TARGET join again",
                2,
                2,
                a -> console.act(
                        a.get(0),
                        "unban(" + StageConsole.ROOM + ", " + a.get(1) + ")",
                        () -> stage.unban(caller(a), StageConsole.ROOM, a.get(1))));
        add(
                all,
                "end",
                "USER",
                "end the call for everyone",
                1,
                1,
                a -> console.act(
                        a.get(0), "endCall(" + console.call() + ")", () -> stage.endCall(caller(a), console.call())));
        add(
                all,
                "close",
                "USER",
                "close the room for good",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "closeRoom(" + StageConsole.ROOM + ")",
                        () -> stage.closeRoom(caller(a), StageConsole.ROOM)));
        add(all, "view", "USER", "what USER may see of the room now", 1, 1, a -> console.view(a.get(0)));
        add(
                all,
                "can",
                "USER [TARGET]",
                "what USER may do now (to TARGET)",
                1,
                2,
                a -> console.capabilities(a.get(0), a.size() > 1 ? Option.some(a.get(1)) : Option.none()));
        add(all, "wait", "SECONDS", "let time pass (deadlines fire)", 1, 1, a -> console.waitFor(a.get(0)));
        add(all, "help", "", "this list", 0, 0, a -> console.help());
        return all;
    }

    private static void add(
            Map<String, ConsoleCommand> all,
            String name,
            String args,
            String summary,
            int min,
            int max,
            Consumer<List<String>> action) {
        String usage = args.isEmpty() ? name : name + " " + args;
        all.put(name, new ConsoleCommand(name, usage, summary, min, max, action));
    }

    private static Caller caller(List<String> args) {
        return Caller.of(args.get(0));
    }
}
