package io.livestage.conformance.generate;

import io.livestage.wire.StageJson;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every file of the conformance kit, as the generator writes it: the rule vectors under {@code vectors/} and the
 * client vectors under {@code client/}, by path relative to the {@code conformance} directory.
 *
 * <p>To regenerate after a rule change (then review the diff of the vectors, and commit it):
 *
 * <pre>mvn -B -ntp -pl conformance -am verify -Dlivestage.conformance.write=true</pre>
 */
final class Kit {

    private Kit() {}

    static Seq<Tuple2<String, String>> files() {
        return Vector.of(
                        Tuple.of("vectors/matrix/no-room.json", StageJson.encode(Matrix.noRoom())),
                        Tuple.of("vectors/matrix/live-ama.json", StageJson.encode(Matrix.liveAma())),
                        Tuple.of("vectors/matrix/ended-call.json", StageJson.encode(Matrix.endedCall())),
                        Tuple.of("vectors/matrix/closed-room.json", StageJson.encode(Matrix.closedRoom())),
                        Tuple.of("vectors/matrix/plain-call.json", StageJson.encode(Matrix.plainCall())))
                .appendAll(Rules.groups()
                        .map(group -> Tuple.of("vectors/rules/" + group._1 + ".json", StageJson.encode(group._2))))
                .appendAll(RandomHistories.groups()
                        .map(group -> Tuple.of("vectors/random/" + group._1 + ".json", StageJson.encode(group._2))))
                .appendAll(ClientCases.groups()
                        .map(group -> Tuple.of("client/" + group._1 + ".json", StageJson.encode(group._2))));
    }

    /** Writes every file under {@code kit}, and deletes vector files the generator no longer writes. */
    static void write(Path kit, Seq<Tuple2<String, String>> files) throws IOException {
        for (String dir : new String[] {"vectors", "client"}) {
            if (Files.isDirectory(kit.resolve(dir))) {
                try (var existing = Files.walk(kit.resolve(dir))) {
                    for (Path file :
                            existing.filter(p -> p.toString().endsWith(".json")).toList()) {
                        if (!files.map(Tuple2::_1)
                                .contains(kit.relativize(file).toString().replace('\\', '/'))) {
                            Files.delete(file);
                        }
                    }
                }
            }
        }
        for (Tuple2<String, String> file : files) {
            Path path = kit.resolve(file._1);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file._2, StandardCharsets.UTF_8);
        }
    }
}
