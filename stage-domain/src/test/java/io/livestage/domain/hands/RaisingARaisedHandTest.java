package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.testing.Given;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RaisingARaisedHandTest {

    @Test
    void raisingAgainChangesNothingAndKeepsTheHandsPlace() {
        Given raised = Given.stageRoom().joined(HANA, ALICE, BOB).raisedHands(ALICE, BOB);

        var when = raised.after(Duration.ofMinutes(1))
                .when(ALICE, new RaiseHand(CALL))
                .thenNothing();

        assertThat(when.room()).isEqualTo(raised.room());
        assertThat(when.room().call().get().hands().inOrder()).containsExactly(ALICE, BOB);
    }
}
