package io.livestage.examples.console;

import io.livestage.domain.Capabilities;
import io.livestage.domain.Capability;
import io.livestage.domain.command.Action;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.view.QuestionView;
import io.livestage.domain.view.StageView;
import io.livestage.examples.support.FeedRecorder;
import io.livestage.examples.support.LocalStage;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.Untrusted;
import io.livestage.ports.publish.Delivery;
import io.livestage.wire.StageJson;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An interactive stage: type commands as any user and watch every user's feed after each one. The room {@code ama}
 * exists from the start (stage mode, host required, anonymous questions allowed), created by {@code hana}, its host.
 *
 * <p>{@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.livestage.examples.console.StageConsole}
 */
public final class StageConsole {

    /** The room every command acts on. */
    public static final RoomId ROOM = RoomId.of("ama");
    /** Its host. */
    public static final UserId HOST = UserId.of("hana");

    private final BufferedReader in;
    private final PrintStream out;
    private final LocalStage local = new LocalStage();
    private final LiveStage stage = local.stage();
    private final FeedRecorder feeds = new FeedRecorder(local.bus());
    private final Map<String, ConsoleCommand> commands = ConsoleCommand.all(this);
    private CallId call = new CallId(ROOM, 1);

    public StageConsole(Reader in, PrintStream out) {
        this.in = new BufferedReader(in);
        this.out = out;
        StagePolicy policy = StagePolicy.builder()
                .stageMode(true)
                .requireHost(true)
                .allowAnonymousQuestions(true)
                .build();
        stage.createRoom(Caller.of(HOST), ROOM, "AMA", policy);
        feeds.subscribe(ROOM, HOST);
    }

    public static void main(String[] args) {
        new StageConsole(new InputStreamReader(System.in, StandardCharsets.UTF_8), System.out).run();
    }

    /** Reads and runs commands until {@code quit} or the end of the input. */
    public void run() {
        out.println("livestage console. Room '" + ROOM + "' is ready (stage mode, host required); its host is " + HOST
                + ". Type 'help' for commands, 'quit' to leave.");
        out.println("Try: join " + HOST + " / join bob / raise bob / promote " + HOST + " bob / view bob");
        try {
            String line;
            out.print("> ");
            out.flush();
            while ((line = in.readLine()) != null) {
                if (!execute(line)) {
                    break;
                }
                out.print("> ");
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("bye");
    }

    /** Runs one line; false when the console should stop. */
    boolean execute(String line) {
        Tokens.Parsed parsed = Tokens.parse(line);
        if (parsed.error() != null) {
            out.println("! " + parsed.error());
            return true;
        }
        List<String> words = parsed.words();
        if (words.isEmpty() || words.get(0).startsWith("#")) {
            return true;
        }
        String name = words.get(0).toLowerCase(java.util.Locale.ROOT);
        if (name.equals("quit") || name.equals("exit")) {
            return false;
        }
        ConsoleCommand command = commands.get(name);
        if (command == null) {
            out.println("! unknown command '" + words.get(0) + "'; type 'help' for the list");
            return true;
        }
        List<String> args = words.subList(1, words.size());
        if (!command.accepts(args.size())) {
            out.println("! usage: " + command.usage());
            return true;
        }
        command.run(args);
        return true;
    }

    // ---- what the commands call

    void help() {
        out.println("Commands (USER acts; TARGET is acted on; text with spaces goes in double quotes):");
        commands.values().stream()
                .distinct()
                .forEach(command -> out.println(String.format("  %-32s %s", command.usage(), command.summary())));
        out.println(String.format("  %-32s %s", "quit", "leave the console"));
    }

    /** {@code user} calls the facade; prints the answer to them, then what every feed received. */
    <T> void act(String user, String description, Supplier<Outcome<T>> call) {
        UserId.parse(user).forEach(id -> feeds.subscribe(ROOM, id));
        Map<UserId, Integer> mark = feeds.mark();
        Outcome<T> outcome = call.get();
        out.println(user + ": " + description + " -> " + answer(outcome));
        outcome.accepted().filter(CallId.class::isInstance).forEach(joined -> this.call = (CallId) joined);
        printFeeds(feeds.since(mark));
    }

    void waitFor(String seconds) {
        long amount;
        try {
            amount = Long.parseLong(seconds);
        } catch (NumberFormatException e) {
            amount = -1;
        }
        if (amount < 0 || amount > 86_400) {
            out.println("! wait takes whole seconds from 0 to 86400, not '" + seconds + "'");
            return;
        }
        Map<UserId, Integer> mark = feeds.mark();
        local.advance(Duration.ofSeconds(amount));
        out.println("time is now " + local.now());
        printFeeds(feeds.since(mark));
    }

    void view(String user) {
        Outcome<StageView> outcome = Untrusted.withId(UserId.parse(user), viewer -> stage.stageView(viewer, ROOM));
        if (!outcome.isAccepted()) {
            out.println("! " + user + " cannot see the room: " + answer(outcome));
            return;
        }
        StageView view = outcome.accepted().get();
        out.println(user + " sees room " + view.room() + " at #" + view.atSequence() + ": "
                + view.call().map(c -> "call " + c).getOrElse("no live call") + ", standing " + view.standing()
                + view.myHand()
                        .map(position -> ", hand up (position " + position + ")")
                        .getOrElse(""));
        out.println("  on stage: "
                + view.speakers().map(s -> s.user() + " (" + s.standing() + ")").mkString(", ")
                + "; audience: " + view.audienceCount());
        view.hostAbsentUntil().forEach(until -> out.println("  no host: the call ends at " + until));
        if (view.standing().isModerator()) {
            out.println("  hand queue: "
                    + (view.handQueue().isEmpty() ? "empty" : view.handQueue().mkString(", ")));
        }
        if (view.standing().isOnStage()) {
            out.println("  open questions: " + questions(view.openQuestions()));
        }
        if (!view.myQuestions().isEmpty()) {
            out.println("  my questions: " + questions(view.myQuestions()));
        }
    }

    void capabilities(String user, Option<String> target) {
        Outcome<Capabilities> outcome = Untrusted.withId(
                UserId.parse(user),
                viewer -> target.fold(
                        () -> stage.capabilities(viewer, ROOM, Option.none()),
                        other -> Untrusted.withId(
                                UserId.parse(other), id -> stage.capabilities(viewer, ROOM, Option.some(id)))));
        if (!outcome.isAccepted()) {
            out.println("! " + answer(outcome));
            return;
        }
        LinkedHashMap<Action, Capability> answers = outcome.accepted().get().byAction();
        out.println(user + target.map(t -> " to " + t).getOrElse("") + " may: "
                + answers.filter(entry -> entry._2.isAllowed())
                        .map(entry -> action(entry._1))
                        .mkString(", "));
        out.println("  may not: "
                + answers.filter(entry -> !entry._2.isAllowed())
                        .map(entry -> action(entry._1) + " ("
                                + entry._2.rejection().get().code() + ")")
                        .mkString(", "));
    }

    CallId call() {
        return call;
    }

    LiveStage stage() {
        return stage;
    }

    void usage(String usage) {
        out.println("! usage: " + usage);
    }

    // ---- printing

    private void printFeeds(Map<UserId, List<Delivery>> received) {
        if (received.isEmpty()) {
            out.println("  (no feed received anything)");
            return;
        }
        int width = received.keySet().stream()
                .mapToInt(user -> user.value().length())
                .max()
                .orElse(4);
        received.forEach((user, deliveries) -> deliveries.forEach(delivery -> out.println("  "
                + String.format("%-" + width + "s", user.value()) + "  #" + delivery.sequence() + " "
                + delivery.event().wireName() + " "
                + StageJson.encodePayload(delivery.event().change()))));
    }

    private static String answer(Outcome<?> outcome) {
        return outcome.fold(
                rejection -> "refused " + rejection.code() + ": " + rejection.message(),
                failure -> "failed " + failure.code(),
                value -> value instanceof Enum ? "ok" : "ok " + value);
    }

    private static String questions(io.vavr.collection.Seq<QuestionView> questions) {
        if (questions.isEmpty()) {
            return "none";
        }
        return questions
                .map(q -> q.id() + " \"" + q.text() + "\" by "
                        + q.author().map(Object::toString).getOrElse("anonymous") + " (" + q.status() + ")")
                .mkString("; ");
    }

    private static String action(Action action) {
        return action.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String joined(List<String> words) {
        return words.stream().collect(Collectors.joining(" "));
    }
}
