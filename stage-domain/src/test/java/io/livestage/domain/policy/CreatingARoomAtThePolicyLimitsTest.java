package io.livestage.domain.policy;

import static io.livestage.domain.testing.People.HANA;
import static io.livestage.domain.testing.People.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.CreateRoom;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A policy with every setting at an end of its range governs a room like any other. */
class CreatingARoomAtThePolicyLimitsTest {

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
