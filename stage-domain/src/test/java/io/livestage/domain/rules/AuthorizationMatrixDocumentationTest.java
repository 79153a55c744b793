package io.livestage.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Action;
import io.livestage.domain.id.UserId;
import io.livestage.domain.role.Actor;
import io.livestage.domain.role.Standing;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authorization matrix in the docs is built from the code: every action against every actor standing and target
 * class is run through {@link Permissions} (and the presence rule of the pipeline), and the result must equal the table
 * between the {@code authorization-matrix} markers. Change a rule without the docs, or the docs without the rule, and
 * this fails.
 */
class AuthorizationMatrixDocumentationTest {

    private static final Seq<Standing> COLUMNS =
            Vector.of(Standing.HOST, Standing.CO_HOST, Standing.SPEAKER, Standing.AUDIENCE, Standing.ABSENT);
    private static final UserId ACTOR = UserId.of("actor");
    private static final UserId OTHER = UserId.of("other");

    /** Target classes in the order the docs list them, each with the standings it covers. */
    private static final Map<String, Seq<Standing>> TARGETS = LinkedHashMap.of(
            "self", Vector.<Standing>empty(),
            "host", Vector.of(Standing.HOST),
            "co-host", Vector.of(Standing.CO_HOST),
            "other", Vector.of(Standing.SPEAKER, Standing.AUDIENCE, Standing.ABSENT));

    @ParameterizedTest
    @ValueSource(strings = {"docs/semantics.md", "README.md"})
    void theDocumentedMatrixIsTheOneTheCodeEnforces(String document) throws IOException {
        assertThat(documented(Path.of("..").resolve(document))).isEqualTo(fromCode());
    }

    /** The matrix as the code decides it, one line per action: "ACTION | cell | cell | ...". */
    static Seq<String> fromCode() {
        return Vector.of(Action.values())
                .map(action -> COLUMNS.map(actor -> cell(action, actor)).mkString(action.name() + " | ", " | ", ""));
    }

    private static String cell(Action action, Standing actor) {
        if (action.scope() == Action.Scope.DEADLINE) {
            return Permissions.checkActorKind(action, Actor.user(ACTOR), actor).isDefined() ? "scheduler" : "yes";
        }
        if (action.scope() == Action.Scope.CALL && actor == Standing.ABSENT) {
            return "not in call";
        }
        if (!isTargeted(action)) {
            return allowed(action, actor, Option.none()) ? "yes" : "no";
        }
        Seq<String> possible = TARGETS.keySet().toVector().filter(target -> isPossible(actor, target));
        Seq<String> allowed = possible.filter(target -> allowedAgainst(action, actor, target));
        if (allowed.size() == possible.size()) {
            return "yes";
        }
        return allowed.isEmpty() ? "no" : allowed.mkString(", ");
    }

    /** Only one host: a host actor has no other host to act on. */
    private static boolean isPossible(Standing actor, String target) {
        return !(target.equals("host") && actor == Standing.HOST);
    }

    private static boolean allowedAgainst(Action action, Standing actor, String target) {
        if (target.equals("self")) {
            return allowed(action, actor, Option.some(new Permissions.Target(ACTOR, actor, true)));
        }
        Seq<Boolean> answers = TARGETS.get(target)
                .get()
                .map(standing -> allowed(action, actor, Option.some(new Permissions.Target(OTHER, standing, false))));
        assertThat(answers.distinct())
                .as("%s by %s must treat every standing of target class %s alike", action, actor, target)
                .hasSize(1);
        return answers.head();
    }

    private static boolean allowed(Action action, Standing actor, Option<Permissions.Target> target) {
        return Permissions.check(action, actor, target).isEmpty();
    }

    private static boolean isTargeted(Action action) {
        return switch (action) {
            case LOWER_HAND,
                    PROMOTE_TO_SPEAKER,
                    DEMOTE_TO_AUDIENCE,
                    ASSIGN_CO_HOST,
                    REVOKE_CO_HOST,
                    TRANSFER_HOST,
                    REMOVE_PARTICIPANT,
                    UNBAN -> true;
            default -> false;
        };
    }

    /** The table rows between the markers, normalised to "ACTION | cell | ...". */
    private static Seq<String> documented(Path path) throws IOException {
        String text = Files.readString(path);
        int start = text.indexOf("<!-- authorization-matrix:start -->");
        int end = text.indexOf("<!-- authorization-matrix:end -->");
        assertThat(start).as("start marker in %s", path).isNotNegative();
        assertThat(end).as("end marker in %s", path).isGreaterThan(start);
        return Vector.of(text.substring(start, end).split("\n"))
                .map(String::strip)
                .filter(line -> line.startsWith("| ") && !line.startsWith("| Action") && !line.startsWith("|---"))
                .map(line -> Vector.of(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::strip)
                        .mkString(" | "));
    }
}
