package io.livestage.adapters.http;

import static io.livestage.adapters.http.Ama.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seed's AMA over HTTP and server-sent events: raise, see it, promote, see the role change, ask, see the question. */
class AmaOverHttpTest {

    @Test
    void bobRaisesHanaPromotesCarolAsksEveryoneSeesWhatIsTheirs() {
        try (Ama ama = new Ama()) {
            long start = ama.sequence();
            try (SseReader hana = ama.stream("hana", start);
                    SseReader bob = ama.stream("bob", start)) {
                ok(ama.callCommand("bob", "raiseHand", ""));
                SseReader.Event raised = hana.next();
                assertThat(raised.type()).isEqualTo("GROUP_CALL_STAGE_HAND_RAISED");
                assertThat(raised.json().get("event").get("payload").get("user").asText())
                        .isEqualTo("bob");
                assertThat(raised.json().get("previous").asLong()).isEqualTo(start);
                assertThat(raised.sequence()).isEqualTo(start + 1);
                assertThat(bob.next().type()).isEqualTo("GROUP_CALL_STAGE_HAND_RAISED");

                ok(ama.callCommand("hana", "promoteToSpeaker", "{\"user\":\"bob\"}"));
                assertThat(bob.next().type()).isEqualTo("GROUP_CALL_STAGE_HAND_LOWERED");
                SseReader.Event promoted = bob.next();
                assertThat(promoted.type()).isEqualTo("GROUP_CALL_ROLE_CHANGED");
                assertThat(promoted.json()
                                .get("event")
                                .get("payload")
                                .get("role")
                                .asText())
                        .isEqualTo("SPEAKER");
                assertThat(promoted.json().get("previous").asLong()).isEqualTo(promoted.sequence() - 1);

                ok(ama.callCommand("carol", "submitStageQuestion", "{\"text\":\"What next?\",\"anonymous\":false}"));
                SseReader.Event question = next(hana, "GROUP_CALL_STAGE_QUESTION");
                assertThat(question.json()
                                .get("event")
                                .get("payload")
                                .get("text")
                                .asText())
                        .isEqualTo("What next?");
                assertThat(next(bob, "GROUP_CALL_STAGE_QUESTION").sequence()).isEqualTo(question.sequence());
            }
        }
    }

    /** The next event of {@code type}, skipping others (such as the role change hana also receives). */
    static SseReader.Event next(SseReader reader, String type) {
        for (int i = 0; i < 20; i++) {
            SseReader.Event event = reader.next();
            if (event.type().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("no " + type + " among the next 20 events");
    }
}
