package io.livestage.adapters.inmemory.concurrency;

import io.livestage.domain.id.CallId;
import io.livestage.domain.id.QuestionId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.ports.Caller;
import io.livestage.ports.LiveStage;
import io.livestage.ports.Outcome;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The command mix one worker thread sends: members join, leave, raise and lower their hands, step down and ask
 * (sometimes anonymously); the host promotes, demotes, lowers every hand, answers and dismisses questions. The host
 * is never the member acting, so the call lives as long as the run. Each command picks its room and its member at
 * random; each outcome is counted by kind and code, and every accepted question is remembered.
 */
final class MixedCommands {

    private final LiveStage stage;
    private final Seq<RoomId> rooms;
    private final Seq<UserId> members;
    private final UserId host;
    private final Map<RoomId, List<QuestionId>> accepted = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    MixedCommands(LiveStage stage, Seq<RoomId> rooms, UserId host, Seq<UserId> members) {
        this.stage = stage;
        this.rooms = rooms;
        this.host = host;
        this.members = members;
    }

    /** Sends one command chosen by {@code random}. Safe to call from many threads at once. */
    void sendOne(SplittableRandom random) {
        RoomId room = rooms.get(random.nextInt(rooms.size()));
        CallId call = new CallId(room, 1);
        UserId member = members.get(random.nextInt(members.size()));
        Caller self = Caller.of(member);
        Caller hosting = Caller.of(host);
        int dice = random.nextInt(100);
        if (dice < 14) {
            count("join", stage.joinRoom(self, room));
        } else if (dice < 20) {
            count("leave", stage.leave(self, call));
        } else if (dice < 34) {
            count("raise hand", stage.raiseHand(self, call));
        } else if (dice < 40) {
            count("lower own hand", stage.lowerHand(self, call, member));
        } else if (dice < 52) {
            count("promote", stage.promoteToSpeaker(hosting, call, member));
        } else if (dice < 60) {
            count("demote", stage.demoteToAudience(hosting, call, member));
        } else if (dice < 64) {
            count("step down", stage.demoteToAudience(self, call, member));
        } else if (dice < 78) {
            boolean anonymous = random.nextBoolean();
            Outcome<QuestionId> asked = stage.submitStageQuestion(self, call, "Question from " + member, anonymous);
            asked.accepted().forEach(question -> questionsOf(room).add(question));
            count("ask", asked);
        } else if (dice < 88) {
            count("answer", stage.answerQuestion(hosting, call, someQuestion(room, random)));
        } else if (dice < 97) {
            count("dismiss", stage.dismissQuestion(hosting, call, someQuestion(room, random)));
        } else {
            count("lower all hands", stage.lowerAllHands(hosting, call));
        }
    }

    /** The questions accepted in {@code room}, in no particular order. */
    List<QuestionId> questionsOf(RoomId room) {
        return accepted.computeIfAbsent(room, id -> new CopyOnWriteArrayList<>());
    }

    /** How many commands of {@code kind} ended with {@code code}. */
    long count(String kind, String code) {
        LongAdder count = outcomes.get(kind + " " + code);
        return count == null ? 0 : count.sum();
    }

    /** Every kind and code seen, with its count: for the report of a run. */
    Map<String, Long> outcomes() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        outcomes.forEach((kindAndCode, count) -> counts.put(kindAndCode, count.sum()));
        return counts;
    }

    private QuestionId someQuestion(RoomId room, SplittableRandom random) {
        List<QuestionId> known = questionsOf(room);
        // Before any question was accepted, ask about one that does not exist: a typed rejection, also worth sending.
        return known.isEmpty() ? QuestionId.of("q1") : known.get(random.nextInt(known.size()));
    }

    private void count(String kind, Outcome<?> outcome) {
        outcomes.computeIfAbsent(kind + " " + outcome.code(), key -> new LongAdder())
                .increment();
    }
}
