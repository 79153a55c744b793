package io.livestage.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.rejection.Rejection;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every rejection has a stable, unique code and a message for people, and the catalogues in {@code docs/semantics.md}
 * and the README list exactly those codes. Clients branch on codes, so a code that changes or goes undocumented fails
 * here.
 */
class RejectionCatalogueDocumentationTest {

    private static final Pattern SEMANTICS_ROW = Pattern.compile("^\\| `([a-z_]+)` \\| `(\\w+)\\(");
    private static final Pattern CODE = Pattern.compile("`([a-z_]+)`");

    private static Seq<Rejection> samples() {
        return Vector.of(Rejection.class.getPermittedSubclasses())
                .map(kind -> (Rejection) Samples.of(kind.asSubclass(Record.class)));
    }

    /** Code to record name, from the code. */
    private static Map<String, String> fromCode() {
        return samples()
                .toLinkedMap(Rejection::code, rejection -> rejection.getClass().getSimpleName());
    }

    @Test
    void codesAreUniqueLowerCaseWords() {
        Seq<String> codes = samples().map(Rejection::code);

        assertThat(codes.distinct()).hasSameSizeAs(codes);
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[a-z]+(_[a-z]+)*"));
    }

    @Test
    void everyRejectionExplainsItselfInASentence() {
        for (Rejection rejection : samples()) {
            assertThat(rejection.message())
                    .as("message of %s", rejection)
                    .isNotBlank()
                    .doesNotContain("null");
        }
    }

    @Test
    void theReferenceCatalogueListsEveryCodeWithItsRecord() {
        Seq<String> section = Documented.section("docs/semantics.md", "## 7. Rejection catalogue");
        Map<String, String> documented = Documented.pairs(section, SEMANTICS_ROW);

        assertThat(documented.toSortedMap(key -> key, value -> value))
                .isEqualTo(fromCode().toSortedMap(key -> key, value -> value));
        assertThat(section.mkString("\n")).contains(Rejection.class.getPermittedSubclasses().length + " kinds");
    }

    @Test
    void theReadmeListsEveryCode() {
        String rejections = Documented.section("README.md", "## Rejections")
                .mkString(" ")
                .replaceAll("Infrastructure failures:.*", "");
        Seq<String> documented = Vector.empty();
        Matcher matcher = CODE.matcher(rejections);
        while (matcher.find()) {
            documented = documented.append(matcher.group(1));
        }

        assertThat(documented.toSet()).isEqualTo(fromCode().keySet());
    }
}
