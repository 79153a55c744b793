package io.livestage.examples.ama;

import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.examples.support.FeedRecorder;
import io.livestage.examples.support.LocalStage;
import io.livestage.ports.Outcome;
import io.livestage.ports.publish.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plays steps against a {@link LocalStage} and writes them down: each step keeps the facade's answer and what every
 * subscribed feed received while it ran. The bus delivers synchronously, so a step's deliveries are exactly the ones its
 * command caused.
 */
final class Director {

    private final LocalStage local;
    private final FeedRecorder feeds;
    private final List<UserId> cast = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    Director(LocalStage local) {
        this.local = local;
        this.feeds = new FeedRecorder(local.bus());
    }

    /** Subscribes {@code user}'s feed of {@code room}, the way their app would before joining. */
    void subscribe(RoomId room, UserId user) {
        feeds.subscribe(room, user);
        cast.add(user);
    }

    /** {@code actor} does {@code action}, a facade call; returns its outcome. */
    <T> Outcome<T> act(String actor, String action, Supplier<Outcome<T>> call) {
        Map<UserId, Integer> mark = feeds.mark();
        Outcome<T> outcome = call.get();
        steps.add(new Step(local.now(), actor, action, Optional.of(outcome), feeds.since(mark)));
        return outcome;
    }

    /** Time passes; whatever deadline comes due fires. */
    void elapse(Duration elapsed, String why) {
        Map<UserId, Integer> mark = feeds.mark();
        local.advance(elapsed);
        steps.add(new Step(
                local.now(), "clock", "+" + elapsed.toSeconds() + " s, " + why, Optional.empty(), feeds.since(mark)));
    }

    /** Time passes between commands, silently. */
    void pause(Duration elapsed) {
        local.advance(elapsed);
    }

    /** Deliveries of {@code user} so far. */
    List<Delivery> feedOf(UserId user) {
        return feeds.feedOf(user);
    }

    Timeline timeline(RoomId room) {
        return new Timeline(room, cast, steps);
    }
}
