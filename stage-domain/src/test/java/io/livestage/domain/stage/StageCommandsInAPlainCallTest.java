package io.livestage.domain.stage;

import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.CALL;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.command.AcceptInvitation;
import io.livestage.domain.command.DeclineInvitation;
import io.livestage.domain.command.DemoteToAudience;
import io.livestage.domain.command.ExpireInvitation;
import io.livestage.domain.command.PromoteToSpeaker;
import io.livestage.domain.policy.StagePolicy;
import io.livestage.domain.rejection.StageModeOff;
import io.livestage.domain.testing.Given;
import org.junit.jupiter.api.Test;

/** With stage mode off everyone is a speaker, and getting on or off the stage means nothing. */
class StageCommandsInAPlainCallTest {

    private static final Given PLAIN = Given.room(StagePolicy.defaults()).joined(HANA, ALICE);

    @Test
    void promotingIsRefused() {
        PLAIN.when(HANA, new PromoteToSpeaker(CALL, ALICE)).thenRejected(new StageModeOff());
    }

    @Test
    void demotingIsRefused() {
        PLAIN.when(HANA, new DemoteToAudience(CALL, ALICE)).thenRejected(new StageModeOff());
    }

    @Test
    void steppingDownIsRefused() {
        PLAIN.when(ALICE, new DemoteToAudience(CALL, ALICE)).thenRejected(new StageModeOff());
    }

    @Test
    void answeringAnInvitationIsRefused() {
        PLAIN.when(ALICE, new AcceptInvitation(CALL)).thenRejected(new StageModeOff());
        PLAIN.when(ALICE, new DeclineInvitation(CALL)).thenRejected(new StageModeOff());
    }

    @Test
    void expiringAnInvitationIsRefused() {
        PLAIN.whenScheduled(new ExpireInvitation(CALL, ALICE)).thenRejected(new StageModeOff());
    }
}
