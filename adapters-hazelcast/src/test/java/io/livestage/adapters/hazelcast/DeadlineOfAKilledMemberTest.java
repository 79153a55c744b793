package io.livestage.adapters.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.cluster.Member;
import io.livestage.adapters.hazelcast.testing.ClusterStage;
import io.livestage.adapters.hazelcast.testing.Eventually;
import io.livestage.adapters.hazelcast.testing.TestCluster;
import io.livestage.adapters.inmemory.ManualClock;
import io.livestage.domain.command.EndCallIfHostAbsent;
import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.id.CallId;
import io.livestage.domain.id.RoomId;
import io.livestage.domain.id.UserId;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.ports.Caller;
import io.livestage.ports.deadline.Deadline;
import io.livestage.ports.publish.EventEnvelope;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A host leaves a room that requires one, through the service on the member that owns the partition where the
 * host-absence deadline will be kept; that member is killed before the grace ends. The deadline lives on in the
 * backup: when the clock passes it, the member that took over the partition ends the call, once.
 */
class DeadlineOfAKilledMemberTest {

    private static final Instant START = Instant.parse("2026-12-06T21:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ManualClock clock = new ManualClock(START);
    private final TestCluster cluster = TestCluster.start(3);
    private final ClusterStage stage = new ClusterStage(cluster, clock);

    @Test
    void aPendingDeadlineFiresOnceAfterTheMemberThatSetAndKeptItIsKilled() {
        RoomId room = RoomId.of("needs-a-host");
        CallId call = new CallId(room, 1);
        Deadline deadline = new Deadline(START.plus(GRACE), new EndCallIfHostAbsent(call));
        String key = ScheduledDeadline.of(deadline).key();
        Member keeper =
                cluster.member(0).getPartitionService().getPartition(key).getOwner();
        int owner = indexOf(keeper);
        int survivor = (owner + 1) % 3;
        Caller hana = Caller.of(UserId.of("hana"));
        StagePolicy policy =
                StagePolicy.builder().requireHost(true).hostAbsenceGrace(GRACE).build();
        var elsewhere = stage.node(survivor).service();
        assertThat(elsewhere.createRoom(hana, room, "needs a host", policy).code())
                .isEqualTo("ok");
        assertThat(elsewhere.joinRoom(hana, room).accepted()).contains(call);
        assertThat(elsewhere.joinRoom(Caller.of(UserId.of("bob")), room).code()).isEqualTo("ok");

        assertThat(stage.node(owner).service().leave(hana, call).code()).isEqualTo("ok");
        assertThat(log(survivor, room).map(e -> e.event().change())).contains(new HostAbsent(START.plus(GRACE)));
        assertThat(cluster.member(survivor).getMap(stage.deadlinesMap()).containsKey(key))
                .as("the deadline is kept in the cluster")
                .isTrue();

        cluster.terminate(owner);
        clock.advance(GRACE);

        Eventually.holds("the call ended", () -> ended(survivor, room).size() > 0);
        Eventually.holds(
                "the deadline fired and was removed",
                () -> cluster.member(survivor).getMap(stage.deadlinesMap()).isEmpty());
        assertThat(ended(survivor, room)).containsExactly(new CallEnded(CallEndReason.HOST_ABSENT));
    }

    @AfterEach
    void stopCluster() {
        stage.close();
        cluster.close();
    }

    private Seq<EventEnvelope> log(int member, RoomId room) {
        return stage.node(member).rooms().eventsAfter(room, 0).get();
    }

    private Seq<Object> ended(int member, RoomId room) {
        return log(member, room).map(e -> (Object) e.event().change()).filter(CallEnded.class::isInstance);
    }

    private int indexOf(Member member) {
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.member(i).getCluster().getLocalMember().equals(member)) {
                return i;
            }
        }
        throw new AssertionError("no member " + member);
    }
}
