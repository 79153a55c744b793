package io.livestage.domain.policy;

import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.rejection.InvalidPolicy;
import io.livestage.domain.testing.Given;
import io.vavr.collection.Vector;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CreatingARoomWithAnInvalidPolicyTest {

    private static final StagePolicy INVALID = StagePolicy.builder()
            .stageMode(true)
            .maxSpeakers(-1)
            .maxCoHosts(51)
            .questionCooldown(Duration.ofSeconds(-10))
            .build();

    @Test
    void theRoomIsRefusedWithEveryViolationListed() {
        var when = Given.nothing().when(HANA, new CreateRoom(ROOM, "AMA", INVALID));

        InvalidPolicy refused = when.thenRejection(InvalidPolicy.class);
        assertThat(refused)
                .isEqualTo(new InvalidPolicy(Vector.of(
                        new PolicyViolation("maxSpeakers", "-1", "between 0 and 1000"),
                        new PolicyViolation("maxCoHosts", "51", "between 0 and 50"),
                        new PolicyViolation("questionCooldown", "PT-10S", "between PT0S and PT1H"))));
        assertThat(refused.code()).isEqualTo("invalid_policy");
        assertThat(refused.message()).contains("maxSpeakers", "maxCoHosts", "questionCooldown");
        assertThat(when.after()).isEmpty();
    }

    @Test
    void aRoomWithAPolicyAtItsLimitsIsCreated() {
        StagePolicy atLimits = StagePolicy.builder()
                .maxSpeakers(0)
                .maxParticipants(1)
                .maxCoHosts(50)
                .invitationTtl(Duration.ofHours(24))
                .handCooldown(Duration.ZERO)
                .build();

        var when = Given.nothing().when(HANA, new CreateRoom(ROOM, "AMA", atLimits));

        assertThat(when.outcome().isRight()).isTrue();
        assertThat(when.room().policy()).isEqualTo(atLimits);
    }
}
