package io.livestage.conformance.generate;

import static io.livestage.conformance.generate.Intents.assignCoHost;
import static io.livestage.conformance.generate.Intents.closeRoom;
import static io.livestage.conformance.generate.Intents.createRoom;
import static io.livestage.conformance.generate.Intents.endCall;
import static io.livestage.conformance.generate.Intents.joinRoom;
import static io.livestage.conformance.generate.Intents.promoteToSpeaker;
import static io.livestage.conformance.generate.Intents.raiseHand;
import static io.livestage.conformance.generate.Intents.removeParticipant;
import static io.livestage.conformance.generate.Intents.submitStageQuestion;
import static io.livestage.domain.testing.People.ALICE;
import static io.livestage.domain.testing.People.BOB;
import static io.livestage.domain.testing.People.CARL;
import static io.livestage.domain.testing.People.DAVE;
import static io.livestage.domain.testing.People.ERIN;
import static io.livestage.domain.testing.People.HANA;

import io.livestage.domain.policy.StagePolicy;

/**
 * The rooms cases start from, each built by commands (vectors always start with no room): who is where is the same
 * in every case that starts from the same situation.
 */
final class Situations {

    /** The seed's AMA policy: stage mode on, every other setting at its default. */
    static final StagePolicy AMA = StagePolicy.builder().stageMode(true).build();

    private Situations() {}

    /** Hana has created the AMA room; nobody has joined. */
    static Script room(StagePolicy policy) {
        return Script.nothing().by(HANA, createRoom("AMA", policy));
    }

    /** Each user joins, in order. */
    static Script joined(Script script, io.livestage.domain.id.UserId... users) {
        return script.each(joinRoom(), users);
    }

    /**
     * A live AMA: host hana; co-host carl; bob promoted to speaker; alice in the audience with her hand up and a
     * question asked; dave in the audience; erin removed and banned; olga never joined.
     */
    static Script liveAma() {
        return joined(room(AMA), HANA, CARL, ALICE, BOB, DAVE, ERIN)
                .by(HANA, assignCoHost(CARL))
                .by(HANA, promoteToSpeaker(BOB))
                .by(ALICE, raiseHand())
                .by(ALICE, submitStageQuestion("When does the beta open?", false))
                .by(HANA, removeParticipant(ERIN, true));
    }

    /** The live AMA, then the host ended its call: call ids of it are stale. */
    static Script endedCall() {
        return liveAma().by(HANA, endCall());
    }

    /** The live AMA, then the host closed the room for good. */
    static Script closedRoom() {
        return liveAma().by(HANA, closeRoom());
    }

    /** A room with stage mode off: everyone in the call publishes, nobody raises a hand. */
    static Script plainCall() {
        return joined(room(StagePolicy.builder().stageMode(false).build()), HANA, ALICE, BOB);
    }
}
