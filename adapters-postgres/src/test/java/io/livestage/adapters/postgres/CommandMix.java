package io.livestage.adapters.postgres;

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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The commands the multi-node runs send, each to a facade the caller picks: members join, leave, raise and lower hands
 * and ask questions; the host (never one of the members) promotes, demotes, answers and dismisses. Outcomes are counted
 * by kind and code; accepted questions are remembered per room.
 */
final class CommandMix {

    private final Seq<RoomId> rooms;
    private final UserId host;
    private final Seq<UserId> members;
    private final Map<RoomId, List<QuestionId>> questions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    CommandMix(Seq<RoomId> rooms, UserId host, Seq<UserId> members) {
        this.rooms = rooms;
        this.host = host;
        this.members = members;
    }

    void sendOne(LiveStage stage, SplittableRandom random) {
        RoomId room = rooms.get(random.nextInt(rooms.size()));
        CallId call = new CallId(room, 1);
        UserId member = members.get(random.nextInt(members.size()));
        Caller self = Caller.of(member);
        Caller hosting = Caller.of(host);
        int dice = random.nextInt(100);
        if (dice < 16) {
            count("join", stage.joinRoom(self, room));
        } else if (dice < 24) {
            count("leave", stage.leave(self, call));
        } else if (dice < 40) {
            count("raise hand", stage.raiseHand(self, call));
        } else if (dice < 46) {
            count("lower hand", stage.lowerHand(self, call, member));
        } else if (dice < 58) {
            count("promote", stage.promoteToSpeaker(hosting, call, member));
        } else if (dice < 66) {
            count("demote", stage.demoteToAudience(hosting, call, member));
        } else if (dice < 80) {
            Outcome<QuestionId> asked =
                    stage.submitStageQuestion(self, call, "Question from " + member, random.nextBoolean());
            asked.accepted().forEach(question -> questionsOf(room).add(question));
            count("ask", asked);
        } else if (dice < 90) {
            count("answer", stage.answerQuestion(hosting, call, someQuestion(room, random)));
        } else {
            count("dismiss", stage.dismissQuestion(hosting, call, someQuestion(room, random)));
        }
    }

    List<QuestionId> questionsOf(RoomId room) {
        return questions.computeIfAbsent(room, id -> new CopyOnWriteArrayList<>());
    }

    long count(String kind, String code) {
        LongAdder count = outcomes.get(kind + " " + code);
        return count == null ? 0 : count.sum();
    }

    long total() {
        return outcomes.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> outcomes() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((kindAndCode, count) -> counts.put(kindAndCode, count.sum()));
        return counts;
    }

    private QuestionId someQuestion(RoomId room, SplittableRandom random) {
        List<QuestionId> known = questionsOf(room);
        return known.isEmpty() ? QuestionId.of("q1") : known.get(random.nextInt(known.size()));
    }

    private void count(String kind, Outcome<?> outcome) {
        outcomes.computeIfAbsent(kind + " " + outcome.code(), key -> new LongAdder())
                .increment();
    }
}
