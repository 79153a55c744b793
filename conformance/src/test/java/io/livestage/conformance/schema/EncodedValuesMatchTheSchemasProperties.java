package io.livestage.conformance.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.livestage.domain.Capabilities;
import io.livestage.domain.command.Action;
import io.livestage.domain.command.Command;
import io.livestage.domain.event.EventType;
import io.livestage.domain.event.StageEvent;
import io.livestage.domain.id.UserId;
import io.livestage.domain.properties.Histories;
import io.livestage.domain.properties.Histories.History;
import io.livestage.domain.state.Room;
import io.livestage.domain.view.StageView;
import io.livestage.wire.StageJson;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Everything {@code StageJson} writes for generated room histories (the domain's own property generator) is valid by
 * the schemas: every command, every event as stored and as each user sees it, every rejection, the policy, and each
 * user's final stage view and capabilities. The schemas therefore accept at least the whole encoded language; {@link
 * SchemasRejectWhatTheDecoderRejectsTest} shows they are not vacuous.
 */
class EncodedValuesMatchTheSchemasProperties {

    /**
     * Validation costs more than decoding: a twentieth of the configured examples, at least 60 histories (about 7,000
     * values), keeps this to seconds.
     */
    private static final int EXAMPLES = Math.max(60, Integer.getInteger("livestage.examples", 1000) / 20);

    private final Set<String> commandTypes = ConcurrentHashMap.newKeySet();
    private final Set<String> eventTypes = ConcurrentHashMap.newKeySet();

    @Test
    void everyEncodedValueOfGeneratedHistoriesIsValid() {
        AtomicLong values = new AtomicLong();

        qt().withExamples(EXAMPLES)
                .forAll(Histories.histories())
                .checkAssert(history -> values.addAndGet(check(history)));

        assertThat(values.get()).as("values validated").isGreaterThan(EXAMPLES * 10L);
        assertThat(commandTypes).as("command types validated").hasSize(Action.values().length);
        // the generator rarely declines an invitation: EveryKindOfValueMatchesTheSchemasTest builds every event type
        assertThat(eventTypes).as("event types validated").hasSizeGreaterThan(EventType.values().length / 2);
    }

    private long check(History history) {
        long values = 1;
        valid("policy.json#/$defs/complete", StageJson.encode(history.policy()));
        for (History.Turn turn : history.turns()) {
            Command command = turn.command();
            valid("command.json", StageJson.encode(command));
            commandTypes.add(command.intent().action().name());
            values++;
            for (var rejection : turn.rejection()) {
                valid("rejection.json", StageJson.encode(rejection));
                values++;
            }
            for (StageEvent event : turn.events()) {
                valid("event.json", StageJson.encode(event));
                eventTypes.add(event.wireName());
                values++;
                for (UserId user : Histories.users()) {
                    valid("event.json", StageJson.encode(event.seenBy(user)));
                    values++;
                }
            }
        }
        History.Turn last = history.turns().last();
        for (Room room : last.after()) {
            for (UserId user : Histories.users()) {
                valid("view.json", StageJson.encode(StageView.of(room, user)));
                valid(
                        "capabilities.json",
                        StageJson.encode(
                                Capabilities.own(room, user, last.command().at())));
                values += 2;
            }
        }
        return values;
    }

    static void valid(String schema, String json) {
        assertThat(SchemaFiles.problems(schema, json))
                .as("%s by %s", json, schema)
                .isEmpty();
    }
}
