package io.livestage.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.ports.client.ClientMirror;
import io.livestage.ports.client.MediaIntent;
import io.livestage.ports.publish.Delivery;
import io.livestage.tck.conformance.Vectors;
import io.livestage.wire.vector.ClientCase;
import io.livestage.wire.vector.ClientState;
import io.livestage.wire.vector.ClientStep;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every client vector, as decoded from its file, through the reference {@link ClientMirror}: after each delivery or
 * resync, the mirror's verdict, applied sequence, role, hand, publishing state and the media intents it emitted.
 * The JavaScript client runs the same files (clients/js).
 */
class ClientVectorsAgreeWithTheMirrorTest {

    @TestFactory
    Stream<DynamicTest> everyClientCaseThroughTheMirror() {
        var files = Vectors.clients();
        assertThat(files).as("client vector files").isNotEmpty();
        return files.toJavaStream()
                .flatMap(file -> file._2
                        .cases()
                        .toJavaStream()
                        .map(client ->
                                DynamicTest.dynamicTest(file._1 + ": " + client.description(), () -> play(client))));
    }

    private static void play(ClientCase client) {
        List<MediaIntent> told = new ArrayList<>();
        ClientMirror mirror = new ClientMirror(client.user(), told::add);
        int number = 0;
        for (ClientStep step : client.steps()) {
            number++;
            told.clear();
            Option<String> applied = Option.none();
            if (step instanceof ClientStep.Deliver deliver) {
                applied = Option.some(mirror.apply(new Delivery(client.user(), deliver.event(), deliver.previous()))
                        .name());
            } else {
                mirror.resync(((ClientStep.Resync) step).view());
            }
            ClientState actual = MirrorState.of(applied, mirror, told);
            assertThat(actual).as("%s, step %d", client.description(), number).isEqualTo(step.expect());
        }
    }
}
