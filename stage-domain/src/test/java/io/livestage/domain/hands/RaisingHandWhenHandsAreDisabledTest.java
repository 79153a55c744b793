package io.livestage.domain.hands;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.RaiseHand;
import io.livestage.domain.rejection.HandsDisabled;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

class RaisingHandWhenHandsAreDisabledTest {

    @Test
    void anAudienceMemberCannotRaiseAHand() {
        Given.room(Given.stagePolicy().handsEnabled(false).build())
                .joined(HANA, ALICE)
                .when(ALICE, new RaiseHand(CALL))
                .thenRejected(new HandsDisabled());
    }
}
