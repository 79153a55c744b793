package io.livestage.adapters.http;

import static io.livestage.adapters.http.Ama.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two audience members never see each other's private events (hands, questions); each stream is its own user's. */
class PrivateEventsTest {

    @Test
    void bobAndCarolSeeOnlyTheirOwnHandsAndQuestions() {
        try (Ama ama = new Ama()) {
            long start = ama.sequence();
            try (SseReader bob = ama.stream("bob", start);
                    SseReader carol = ama.stream("carol", start);
                    SseReader hana = ama.stream("hana", start)) {
                ok(ama.callCommand("bob", "raiseHand", ""));
                ok(ama.callCommand("carol", "submitStageQuestion", "{\"text\":\"Mine\",\"anonymous\":false}"));
                ok(ama.callCommand("carol", "raiseHand", ""));
                ok(ama.callCommand("hana", "promoteToSpeaker", "{\"user\":\"carol\"}"));
                long end = ama.sequence();
                // hana (the host) receives every one of those events: once her stream is at the end, so are theirs.
                long seen = 0;
                while (seen < end) {
                    seen = hana.next().sequence();
                }
                SseReader.Event last = bob.next();
                while (last.sequence() < end) {
                    assertThat(last.json()
                                    .get("event")
                                    .get("recipients")
                                    .get("users")
                                    .toString())
                            .isEqualTo("[\"bob\"]");
                    assertThat(last.json()
                                    .get("event")
                                    .get("payload")
                                    .path("user")
                                    .asText("bob"))
                            .isIn("bob", "carol");
                    assertThat(last.type()).isNotEqualTo("GROUP_CALL_STAGE_QUESTION");
                    if (last.type().startsWith("GROUP_CALL_STAGE_HAND")) {
                        assertThat(last.json()
                                        .get("event")
                                        .get("payload")
                                        .get("user")
                                        .asText())
                                .isEqualTo("bob");
                    }
                    last = bob.next();
                }
                assertThat(last.type()).isEqualTo("GROUP_CALL_ROLE_CHANGED");
                java.util.List<String> carolsTypes = new java.util.ArrayList<>();
                SseReader.Event mine = carol.next();
                while (true) {
                    carolsTypes.add(mine.type());
                    if (mine.type().startsWith("GROUP_CALL_STAGE_HAND")) {
                        assertThat(mine.json()
                                        .get("event")
                                        .get("payload")
                                        .get("user")
                                        .asText())
                                .isEqualTo("carol");
                    }
                    if (mine.sequence() == end) {
                        break;
                    }
                    mine = carol.next();
                }
                assertThat(carolsTypes).contains("GROUP_CALL_STAGE_QUESTION", "GROUP_CALL_STAGE_HAND_RAISED");
            }
        }
    }
}
