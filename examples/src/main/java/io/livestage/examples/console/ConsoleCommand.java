package io.livestage.examples.console;

import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.Untrusted;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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
                        () -> as(a, caller -> stage.joinRoom(caller, StageConsole.ROOM))));
        add(
                all,
                "leave",
                "USER",
                "leave the call",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "leave(" + console.call() + ")",
                        () -> as(a, caller -> stage.leave(caller, console.call()))));
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
                        () -> as(a, caller -> stage.raiseHand(caller, console.call()))));
        add(all, "lower", "USER [TARGET]", "lower your hand, or dismiss TARGET's", 1, 2, a -> {
            String target = a.size() > 1 ? a.get(1) : a.get(0);
            console.act(
                    a.get(0),
                    "lowerHand(" + console.call() + ", " + target + ")",
                    () -> as(a, caller -> user(target, user -> stage.lowerHand(caller, console.call(), user))));
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
                        () -> as(a, caller -> stage.lowerAllHands(caller, console.call()))));
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
                        () -> as(
                                a,
                                caller -> user(
                                        a.get(1), target -> stage.promoteToSpeaker(caller, console.call(), target)))));
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
                        () -> as(
                                a,
                                caller -> user(
                                        a.get(1), target -> stage.demoteToAudience(caller, console.call(), target)))));
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
                        () -> as(a, caller -> stage.acceptInvitation(caller, console.call()))));
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
                        () -> as(a, caller -> stage.declineInvitation(caller, console.call()))));
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
                    () -> as(a, caller -> stage.submitStageQuestion(caller, console.call(), a.get(1), anonymous)));
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
                        () -> as(
                                a,
                                caller -> question(
                                        a.get(1),
                                        question -> stage.answerQuestion(caller, console.call(), question)))));
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
                        () -> as(
                                a,
                                caller -> question(
                                        a.get(1),
                                        question -> stage.dismissQuestion(caller, console.call(), question)))));
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
                        () -> as(
                                a,
                                caller -> user(
                                        a.get(1), target -> stage.assignCoHost(caller, StageConsole.ROOM, target)))));
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
                        () -> as(
                                a,
                                caller -> user(
                                        a.get(1), target -> stage.revokeCoHost(caller, StageConsole.ROOM, target)))));
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
                        () -> as(
                                a,
                                caller -> user(
                                        a.get(1), target -> stage.transferHost(caller, StageConsole.ROOM, target)))));
        add(all, "remove", "USER TARGET [ban]", "remove TARGET from the call (and ban)", 2, 3, a -> {
            if (a.size() == 3 && !a.get(2).equals("ban")) {
                console.usage("remove USER TARGET [ban]  (the third word may only be 'ban')");
                return;
            }
            boolean ban = a.size() == 3;
            console.act(
                    a.get(0),
                    "removeParticipant(" + console.call() + ", " + a.get(1) + ", ban=" + ban + ")",
                    () -> as(
                            a,
                            caller -> user(
                                    a.get(1), target -> stage.removeParticipant(caller, console.call(), target, ban))));
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
                        () -> as(
                                a,
                                caller -> user(a.get(1), target -> stage.unban(caller, StageConsole.ROOM, target)))));
        add(
                all,
                "end",
                "USER",
                "end the call for everyone",
                1,
                1,
                a -> console.act(
                        a.get(0),
                        "endCall(" + console.call() + ")",
                        () -> as(a, caller -> stage.endCall(caller, console.call()))));
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
                        () -> as(a, caller -> stage.closeRoom(caller, StageConsole.ROOM))));
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

    /*
     * The console is a transport: every word typed is untrusted text. Ids are parsed here, as an HTTP adapter would,
     * and a word that is no id is answered invalid_id without calling the facade.
     */

    private static <T> Outcome<T> as(List<String> args, Function<Caller, Outcome<T>> call) {
        return Untrusted.withId(UserId.parse(args.get(0)), user -> call.apply(Caller.of(user)));
    }

    private static <T> Outcome<T> user(String text, Function<UserId, Outcome<T>> call) {
        return Untrusted.withId(UserId.parse(text), call);
    }

    private static <T> Outcome<T> question(String text, Function<QuestionId, Outcome<T>> call) {
        return Untrusted.withId(QuestionId.parse(text), call);
    }
}
