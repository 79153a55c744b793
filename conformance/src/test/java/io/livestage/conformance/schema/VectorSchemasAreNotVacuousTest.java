package io.livestage.conformance.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livestage.domain.rejection.StageFull;
import io.livestage.wire.StageJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code vector.json}, {@code client-vector.json} and the checks a schema cannot state refuse checked-in vector files
 * damaged in one place. Where {@code StageJson}'s vector decoders refuse the damage too, that is asserted as well.
 */
class VectorSchemasAreNotVacuousTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode rules;
    private ObjectNode client;

    @BeforeEach
    void readTheFiles() throws IOException {
        rules = (ObjectNode) JSON.readTree(SchemaFiles.read(module("vectors/rules/hands.json")));
        client = (ObjectNode) JSON.readTree(SchemaFiles.read(module("client/resync.json")));
        assertThat(SchemaFiles.problems("vector.json", rules.toString())).isEmpty();
        assertThat(SchemaFiles.problems("client-vector.json", client.toString()))
                .isEmpty();
        assertThat(VectorFilesMatchTheSchemasTest.rulesNoSchemaStates(rules)).isEmpty();
    }

    @Test
    void aFileWithoutGivenIsRefused() {
        bothRefuseRules(file -> file.remove("given"));
    }

    @Test
    void anExpectationWithBothARejectionAndEventsIsRefused() throws IOException {
        JsonNode rejection = JSON.readTree(StageJson.encode(new StageFull(6)));
        bothRefuseRules(file -> firstStep(file).withObject("expect").set("rejection", rejection));
    }

    @Test
    void aViewKeyedByAnInvalidUserIdIsRefused() {
        bothRefuseRules(file -> {
            ObjectNode views = firstCase(file).withObject("views");
            views.set(" hana", views.elements().next());
        });
    }

    @Test
    void aDamagedEventInsideAVectorIsRefused() {
        bothRefuseRules(file -> firstEvent(file).withObject("event").put("priority", "high"));
    }

    @Test
    void aCaseWithoutStepsIsRefused() {
        schemaRefusesRules(file -> firstCase(file).putArray("steps"));
    }

    @Test
    void aRecipientListOutOfOrderOrASeenByOfANonRecipientIsFound() {
        ObjectNode event = firstEvent(rules);
        ArrayNode deliveredTo = event.withArray("deliveredTo");
        assertThat(deliveredTo.size())
                .as("the first event has several recipients")
                .isGreaterThan(1);
        JsonNode first = deliveredTo.remove(0);
        deliveredTo.add(first);
        ObjectNode copy = event.get("seenBy").get(first.asText()).deepCopy();
        copy.withObject("recipients").putArray("users").add("zed");
        event.withObject("seenBy").set("zed", copy);

        assertThat(VectorFilesMatchTheSchemasTest.rulesNoSchemaStates(rules))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("/deliveredTo is not sorted"))
                .anySatisfy(problem -> assertThat(problem).contains("/seenBy/zed is not a recipient"));
    }

    @Test
    void aMissingCopyOrACopyAddressedToSomeoneElseIsFound() {
        ObjectNode event = firstEvent(rules);
        String first = event.get("deliveredTo").get(0).asText();
        String second = event.get("deliveredTo").get(1).asText();
        ObjectNode seenBy = event.withObject("/seenBy");
        seenBy.remove(first);
        seenBy.withObject("/" + second + "/recipients").withArray("users").add(first);

        assertThat(VectorFilesMatchTheSchemasTest.rulesNoSchemaStates(rules))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).endsWith("/seenBy has no copy for " + first))
                .anySatisfy(problem -> assertThat(problem).endsWith(" is not addressed to " + second + " alone"));
    }

    @Test
    void aViewKeyedByAnotherUserIsFound() {
        ObjectNode views = firstCase(rules).withObject("/views");
        views.set("zed", views.elements().next());

        assertThat(VectorFilesMatchTheSchemasTest.rulesNoSchemaStates(rules))
                .containsExactly("/cases/0/views/zed is the view of another viewer");
    }

    @Test
    void aClientStepBothResyncAndDeliverIsRefused() {
        bothRefuseClient(file -> firstClientStep(file, "resync")
                .set("deliver", firstClientStep(file, "deliver").get("deliver")));
    }

    @Test
    void anUnknownRoleIsRefused() {
        bothRefuseClient(
                file -> firstClientStep(file, "deliver").withObject("expect").put("role", "DJ"));
    }

    @Test
    void aStateWithoutRoleIsRefused() {
        bothRefuseClient(
                file -> firstClientStep(file, "deliver").withObject("expect").remove("role"));
    }

    @Test
    void aDeliveryWithoutWhatWasAppliedIsRefused() {
        schemaRefusesClient(
                file -> firstClientStep(file, "deliver").withObject("expect").remove("applied"));
    }

    @Test
    void aResyncSayingWhatWasAppliedIsRefused() {
        schemaRefusesClient(
                file -> firstClientStep(file, "resync").withObject("expect").put("applied", "APPLIED"));
    }

    @Test
    void anUnknownMediaIntentIsRefused() {
        schemaRefusesClient(file -> firstClientStep(file, "deliver")
                .withObject("expect")
                .putArray("media")
                .add("PLAY"));
    }

    @Test
    void anUnknownApplicationIsRefused() {
        schemaRefusesClient(
                file -> firstClientStep(file, "deliver").withObject("expect").put("applied", "MAYBE"));
    }

    private void bothRefuseRules(Consumer<ObjectNode> damage) {
        damage.accept(rules);
        assertThat(StageJson.decodeVectors(rules.toString()).isLeft())
                .as("StageJson refuses")
                .isTrue();
        assertThat(SchemaFiles.problems("vector.json", rules.toString())).isNotEmpty();
    }

    private void schemaRefusesRules(Consumer<ObjectNode> damage) {
        damage.accept(rules);
        assertThat(SchemaFiles.problems("vector.json", rules.toString())).isNotEmpty();
    }

    private void bothRefuseClient(Consumer<ObjectNode> damage) {
        damage.accept(client);
        assertThat(StageJson.decodeClientVectors(client.toString()).isLeft())
                .as("StageJson refuses")
                .isTrue();
        assertThat(SchemaFiles.problems("client-vector.json", client.toString()))
                .isNotEmpty();
    }

    private void schemaRefusesClient(Consumer<ObjectNode> damage) {
        damage.accept(client);
        assertThat(SchemaFiles.problems("client-vector.json", client.toString()))
                .isNotEmpty();
    }

    private static ObjectNode firstCase(ObjectNode file) {
        return (ObjectNode) file.get("cases").get(0);
    }

    private static ObjectNode firstStep(ObjectNode file) {
        return (ObjectNode) firstCase(file).get("steps").get(0);
    }

    /** The first expected event with more than one recipient. */
    private static ObjectNode firstEvent(ObjectNode file) {
        for (JsonNode vector : file.get("cases")) {
            for (JsonNode step : vector.get("steps")) {
                for (JsonNode event : step.path("expect").path("events")) {
                    if (event.get("deliveredTo").size() > 1) {
                        return (ObjectNode) event;
                    }
                }
            }
        }
        throw new AssertionError("no event with several recipients in the file");
    }

    /** The first step of the client file that is a {@code resync} or a {@code deliver}. */
    private static ObjectNode firstClientStep(ObjectNode file, String kind) {
        for (JsonNode vector : file.get("cases")) {
            for (JsonNode step : vector.get("steps")) {
                if (step.has(kind)) {
                    return (ObjectNode) step;
                }
            }
        }
        throw new AssertionError("no " + kind + " step in the file");
    }

    private static Path module(String file) {
        return SchemaFiles.module().resolve(file);
    }
}
