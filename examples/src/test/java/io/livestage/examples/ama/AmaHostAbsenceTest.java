package io.livestage.examples.ama;

import static io.livestage.examples.ama.Ama.HOST;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.CallEndReason;
import io.livestage.domain.event.CallEnded;
import io.livestage.domain.event.HostAbsent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.ports.publish.Delivery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With {@code requireHost}, the call outlives the host's departure by the grace, then ends HOST_ABSENT. */
class AmaHostAbsenceTest {

    private final Timeline timeline = Ama.play();
    private final List<Step> steps = timeline.steps();
    private final Step leave = AmaFeedsTest.stepOf(timeline, "hana", "leave");

    @Test
    void those_who_stay_learn_the_deadline_the_grace_sets() {
        for (UserId user : timeline.cast()) {
            if (user.equals(HOST)) {
                continue;
            }
            assertThat(AmaFeedsTest.changes(leave.receivedBy(user)))
                    .contains(new HostAbsent(leave.at().plus(Ama.GRACE)));
        }
    }

    @Test
    void nothing_happens_before_the_grace_is_over() {
        Step halfway = steps.get(steps.indexOf(leave) + 1);

        assertThat(halfway.at()).isBefore(leave.at().plus(Ama.GRACE));
        assertThat(halfway.received()).isEmpty();
    }

    @Test
    void the_call_ends_host_absent_for_everyone_still_there_when_the_grace_is_over() {
        Step end = steps.get(steps.size() - 1);

        assertThat(end.at()).isEqualTo(leave.at().plus(Ama.GRACE));
        assertThat(end.received().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        timeline.cast().stream().filter(u -> !u.equals(HOST)).toList());
        for (List<Delivery> feed : end.received().values()) {
            assertThat(feed).hasSize(1);
            assertThat(feed.get(0).event().change()).isEqualTo(new CallEnded(CallEndReason.HOST_ABSENT));
            assertThat(feed.get(0).event().actor()).isInstanceOf(Actor.Scheduler.class);
        }
    }

    @Test
    void the_host_receives_nothing_after_leaving() {
        List<Delivery> hostFeed = timeline.feedOf(HOST);

        assertThat(hostFeed.get(hostFeed.size() - 1).event().wireName()).isEqualTo("GROUP_CALL_PARTICIPANT_LEFT");
    }
}
