package io.livestage.examples.mirror;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.examples.support.LocalStage;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.publish.Delivery;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.livestage.examples.mirror.MediaMirrorDemo}: each
 * user's app runs a {@code ClientMirror} that turns role changes into media intents, exactly once each, through a
 * redelivered event and a lost one.
 */
public final class MediaMirrorDemo {

    private static final RoomId ROOM = RoomId.of("panel");
    private static final UserId HANA = UserId.of("hana");
    private static final UserId BOB = UserId.of("bob");

    private MediaMirrorDemo() {}

    public static void main(String[] args) {
        play(System.out);
    }

    /** Plays the demo, printing to {@code out}; returns each user's app. */
    public static Map<UserId, StageApp> play(PrintStream out) {
        LocalStage local = new LocalStage();
        LiveStage stage = local.stage();
        stage.createRoom(
                Caller.of(HANA),
                ROOM,
                "Panel",
                StagePolicy.builder().stageMode(true).build());

        Map<UserId, StageApp> apps = new LinkedHashMap<>();
        List<Delivery> bobsFeed = new ArrayList<>();
        for (String name : List.of("hana", "bob", "carol")) {
            UserId user = UserId.of(name);
            StageApp app = new StageApp(user, ROOM, stage, new FakeMedia(user, out), out);
            apps.put(user, app);
        }
        out.println("Each app subscribes to its user's feed, then opens the room from the stage view.");
        apps.forEach((user, app) -> {
            local.bus().subscribe(ROOM, user, delivery -> {
                if (user.value().equals("bob")) {
                    bobsFeed.add(delivery);
                }
                app.accept(delivery);
            });
            app.open();
        });
        CallId call = step(
                out,
                "hana joins: hosts are speakers",
                () -> stage.joinRoom(Caller.of(HANA), ROOM).accepted().get());
        step(out, "bob and carol join: the audience", () -> {
            stage.joinRoom(Caller.of(BOB), ROOM);
            return stage.joinRoom(Caller.of(UserId.of("carol")), ROOM).code();
        });
        step(out, "bob raises a hand and hana promotes him", () -> {
            stage.raiseHand(Caller.of(BOB), call);
            return stage.promoteToSpeaker(Caller.of(HANA), call, BOB).code();
        });
        step(out, "the network delivers bob's last event again", () -> {
            Delivery again = bobsFeed.get(bobsFeed.size() - 1);
            return apps.get(UserId.of("bob")).receive(again).name();
        });
        step(out, "bob's connection drops a message, and hana demotes bob", () -> {
            apps.get(UserId.of("bob")).loseNextDelivery();
            return stage.demoteToAudience(Caller.of(HANA), call, BOB).code();
        });
        step(
                out,
                "dave joins: bob's next delivery shows the gap",
                () -> stage.joinRoom(Caller.of(UserId.of("dave")), ROOM).code());
        out.println();
        out.println("Summary: every app's media intents, in order (each change once, none for the duplicate)");
        apps.forEach((user, app) -> out.println("  " + user + ": " + app.media().intents() + "; now "
                + app.mirror().role().map(Enum::name).getOrElse("not in the call") + ", resyncs after a gap: "
                + app.resyncs()));
        return apps;
    }

    private static <T> T step(PrintStream out, String what, java.util.function.Supplier<T> action) {
        out.println();
        out.println("> " + what);
        T result = action.get();
        out.println("  -> " + result);
        return result;
    }
}
