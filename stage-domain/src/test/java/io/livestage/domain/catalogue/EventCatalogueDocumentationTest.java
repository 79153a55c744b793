package io.livestage.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.event.Change;
import io.livestage.domain.event.EventType;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The event catalogues in {@code docs/semantics.md} and the README name exactly the events the code emits, each under
 * the wire name its payload declares. Ports to other platforms match on these names, so a rename must fail here first.
 */
class EventCatalogueDocumentationTest {

    private static final Pattern SEMANTICS_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| `(\\w+)` \\|");
    private static final Pattern WIRE_NAME = Pattern.compile("`(_?[A-Z][A-Z_]*)`");

    /** Wire name to payload record, from the code: one sample of every permitted {@link Change}. */
    private static Map<String, String> fromCode() {
        return Vector.of(Change.class.getPermittedSubclasses())
                .map(kind -> (Change) Samples.of(kind.asSubclass(Record.class)))
                .toLinkedMap(
                        change -> change.type().wireName(),
                        change -> change.getClass().getSimpleName());
    }

    @Test
    void everyPayloadDeclaresItsOwnKindOfEvent() {
        Map<String, String> fromCode = fromCode();

        assertThat(fromCode.size())
                .as("one payload record per event type")
                .isEqualTo(EventType.values().length)
                .isEqualTo(Change.class.getPermittedSubclasses().length);
        assertThat(fromCode.keySet())
                .isEqualTo(
                        Vector.of(EventType.values()).map(EventType::wireName).toSet());
    }

    @Test
    void theReferenceCatalogueListsEveryEventWithItsRecord() {
        Map<String, String> documented =
                Documented.pairs(Documented.section("docs/semantics.md", "## 6. Event catalogue"), SEMANTICS_ROW);

        assertThat(documented.toSortedMap(key -> key, value -> value))
                .isEqualTo(fromCode().toSortedMap(key -> key, value -> value));
    }

    @Test
    void theReadmeListsEveryWireName() {
        Set<String> documented = HashSet.empty();
        for (String row : Documented.section("README.md", "## Events")) {
            if (row.startsWith("| `")) {
                documented = documented.addAll(wireNamesIn(row.substring(0, row.indexOf('|', 1))));
            }
        }

        assertThat(documented).isEqualTo(fromCode().keySet());
    }

    @Test
    void wireNamesFollowTheSeedsPrefixes() {
        for (EventType type : EventType.values()) {
            assertThat(type.wireName()).matches("(ROOM|GROUP_CALL)_[A-Z_]+");
        }
        assertThat(EventType.HAND_RAISED.wireName()).isEqualTo("GROUP_CALL_STAGE_HAND_RAISED");
        assertThat(EventType.ROLE_CHANGED.wireName()).isEqualTo("GROUP_CALL_ROLE_CHANGED");
    }

    /** The names in a README cell; {@code `A_B_C` / `_D`} is shorthand for {@code A_B_C} and {@code A_B_D}. */
    private static Seq<String> wireNamesIn(String cell) {
        Seq<String> names = Vector.empty();
        Matcher matcher = WIRE_NAME.matcher(cell);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (name.startsWith("_")) {
                String previous = names.last();
                name = previous.substring(0, previous.lastIndexOf('_')) + name;
            }
            names = names.append(name);
        }
        return names;
    }

    @Test
    void theShorthandExpandsAgainstTheNameBeforeIt() {
        assertThat(wireNamesIn("| `GROUP_CALL_STAGE_INVITATION_DECLINED` / `_EXPIRED` "))
                .containsExactly("GROUP_CALL_STAGE_INVITATION_DECLINED", "GROUP_CALL_STAGE_INVITATION_EXPIRED");
    }
}
