package io.livestage.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.Capabilities;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.properties.Histories;
import io.livestage.domain.properties.Histories.History;
import io.livestage.domain.view.StageView;
import io.livestage.wire.StageJson;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every value of generated room histories (the domain's own property generator) decodes to itself after encoding:
 * commands, events as stored and as each user sees them, rejections, policies, each user's stage view and
 * capabilities (of the room each history ends in). Encoding is also deterministic: the decoded value encodes to the same text.
 */
class EveryValueSurvivesTheWireProperties {

    private static final int EXAMPLES = Math.max(100, Integer.getInteger("livestage.examples", 1000) / 4);

    @Test
    void commandsEventsRejectionsViewsAndCapabilitiesRoundTrip() {
        AtomicLong values = new AtomicLong();
        qt().withExamples(EXAMPLES).forAll(Histories.histories()).checkAssert(history -> {
            values.addAndGet(check(history));
        });
        assertThat(values.get()).as("values checked").isGreaterThan(EXAMPLES * 10L);
    }

    private static long check(History history) {
        long values = 0;
        assertThat(StageJson.decodePolicy(StageJson.encode(history.policy())))
                .isEqualTo(Either.right(history.policy()));
        for (History.Turn turn : history.turns()) {
            Command command = turn.command();
            String text = StageJson.encode(command);
            assertThat(StageJson.decodeCommand(text)).as(text).isEqualTo(Either.right(command));
            values++;
            for (var rejection : turn.rejection()) {
                String json = StageJson.encode(rejection);
                assertThat(StageJson.decodeRejection(json)).as(json).isEqualTo(Either.right(rejection));
                assertThat(StageJson.encode(StageJson.decodeRejection(json).get()))
                        .isEqualTo(json);
                values++;
            }
            for (StageEvent event : turn.events()) {
                values += roundTrip(event);
                for (UserId user : Histories.users()) {
                    values += roundTrip(event.seenBy(user));
                }
            }
        }
        History.Turn last = history.turns().last();
        for (var room : last.after()) {
            for (UserId user : Histories.users()) {
                StageView view = StageView.of(room, user);
                String json = StageJson.encode(view);
                assertThat(StageJson.decodeView(json)).as(json).isEqualTo(Either.right(view));
                var capabilities = Capabilities.own(room, user, last.command().at());
                String answers = StageJson.encode(capabilities);
                assertThat(StageJson.decodeCapabilities(answers)).as(answers).isEqualTo(Either.right(capabilities));
                values += 2;
            }
        }
        return values;
    }

    private static long roundTrip(StageEvent event) {
        String json = StageJson.encode(event);
        assertThat(StageJson.decodeEvent(json)).as(json).isEqualTo(Either.right(event));
        assertThat(StageJson.encode(StageJson.decodeEvent(json).get())).isEqualTo(json);
        return 1;
    }
}
