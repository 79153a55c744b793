package io.livestage.examples.console;

import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.Untrusted;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

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
        RoomId room = StageConsole.ROOM;
        Supplier<Object> inRoom = () -> room;
        Supplier<Object> inCall = console::call;
        Map<String, ConsoleCommand> all = new LinkedHashMap<>();
        alone(
                all,
                console,
                "join",
                "join the room (starts the call if none)",
                "joinRoom",
                inRoom,
                c -> stage.joinRoom(c, room));
        alone(all, console, "leave", "leave the call", "leave", inCall, c -> stage.leave(c, console.call()));
        alone(all, console, "raise", "raise a hand", "raiseHand", inCall, c -> stage.raiseHand(c, console.call()));
        add(all, "lower", "USER [TARGET]", "lower your hand, or dismiss TARGET's", 1, 2, a -> {
            String target = a.size() > 1 ? a.get(1) : a.get(0);
            console.act(
                    a.get(0),
                    "lowerHand(" + console.call() + ", " + target + ")",
                    () -> as(a, caller -> user(target, user -> stage.lowerHand(caller, console.call(), user))));
        });
        alone(
                all,
                console,
                "lower-all",
                "lower every hand",
                "lowerAllHands",
                inCall,
                c -> stage.lowerAllHands(c, console.call()));
        toward(
                all,
                console,
                "promote",
                "move TARGET to the stage",
                "promoteToSpeaker",
                inCall,
                (c, t) -> stage.promoteToSpeaker(c, console.call(), t));
        toward(
                all,
                console,
                "demote",
                "move TARGET to the audience (yourself: step down)",
                "demoteToAudience",
                inCall,
                (c, t) -> stage.demoteToAudience(c, console.call(), t));
        alone(
                all,
                console,
                "accept",
                "accept a stage invitation",
                "acceptInvitation",
                inCall,
                c -> stage.acceptInvitation(c, console.call()));
        alone(
                all,
                console,
                "decline",
                "decline a stage invitation",
                "declineInvitation",
                inCall,
                c -> stage.declineInvitation(c, console.call()));
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
        aboutQuestion(
                all,
                console,
                "answer",
                "mark a question answered (q1, q2, ...)",
                "answerQuestion",
                (c, q) -> stage.answerQuestion(c, console.call(), q));
        aboutQuestion(
                all,
                console,
                "dismiss",
                "dismiss a question",
                "dismissQuestion",
                (c, q) -> stage.dismissQuestion(c, console.call(), q));
        toward(
                all,
                console,
                "cohost",
                "appoint TARGET co-host",
                "assignCoHost",
                inRoom,
                (c, t) -> stage.assignCoHost(c, room, t));
        toward(
                all,
                console,
                "uncohost",
                "revoke TARGET's co-host role",
                "revokeCoHost",
                inRoom,
                (c, t) -> stage.revokeCoHost(c, room, t));
        toward(
                all,
                console,
                "transfer",
                "make TARGET the host",
                "transferHost",
                inRoom,
                (c, t) -> stage.transferHost(c, room, t));
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
                            a, caller -> user(a.get(1), t -> stage.removeParticipant(caller, console.call(), t, ban))));
        });
        toward(all, console, "unban", "let TARGET join again", "unban", inRoom, (c, t) -> stage.unban(c, room, t));
        alone(
                all,
                console,
                "end",
                "end the call for everyone",
                "endCall",
                inCall,
                c -> stage.endCall(c, console.call()));
        alone(all, console, "close", "close the room for good", "closeRoom", inRoom, c -> stage.closeRoom(c, room));
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

    /** {@code name USER}: USER calls {@code method(place)}. */
    private static <T> void alone(
            Map<String, ConsoleCommand> all,
            StageConsole console,
            String name,
            String summary,
            String method,
            Supplier<Object> place,
            Function<Caller, Outcome<T>> call) {
        add(
                all,
                name,
                "USER",
                summary,
                1,
                1,
                a -> console.act(a.get(0), method + "(" + place.get() + ")", () -> as(a, call)));
    }

    /** {@code name USER TARGET}: USER calls {@code method(place, TARGET)}. */
    private static <T> void toward(
            Map<String, ConsoleCommand> all,
            StageConsole console,
            String name,
            String summary,
            String method,
            Supplier<Object> place,
            BiFunction<Caller, UserId, Outcome<T>> call) {
        add(
                all,
                name,
                "USER TARGET",
                summary,
                2,
                2,
                a -> console.act(
                        a.get(0),
                        method + "(" + place.get() + ", " + a.get(1) + ")",
                        () -> as(a, caller -> user(a.get(1), target -> call.apply(caller, target)))));
    }

    /** {@code name USER QUESTION}: USER calls {@code method(call, QUESTION)}. */
    private static <T> void aboutQuestion(
            Map<String, ConsoleCommand> all,
            StageConsole console,
            String name,
            String summary,
            String method,
            BiFunction<Caller, QuestionId, Outcome<T>> call) {
        add(
                all,
                name,
                "USER QUESTION",
                summary,
                2,
                2,
                a -> console.act(
                        a.get(0),
                        method + "(" + console.call() + ", " + a.get(1) + ")",
                        () -> as(a, caller -> question(a.get(1), id -> call.apply(caller, id)))));
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
