package io.livestage.adapters.inmemory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.id.RoomId;
import io.livestage.ports.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every infrastructure failure has a stable code and a sentence that names what went wrong, and the README's
 * "Infrastructure failures:" list names exactly those codes. Clients branch on codes, so a code that changes or goes
 * undocumented fails here.
 */
class FailureCatalogueTest {

    private static final Pattern CODE = Pattern.compile("`([a-z_]+)`");

    /** One of each kind, with details a message should repeat. */
    private static final List<Failure> SAMPLES = List.of(
            new Failure.ConflictRetriesExhausted(RoomId.of("ama"), 16),
            new Failure.StoreUnavailable("connection refused"),
            new Failure.IdempotencyKeyReused("raise-7"),
            new Failure.ResyncRequired(4_097));

    @Test
    void the_samples_cover_every_kind_of_failure() {
        assertThat(SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Failure.class.getPermittedSubclasses());
    }

    @Test
    void each_failure_has_its_stable_code() {
        assertThat(SAMPLES)
                .extracting(Failure::code)
                .containsExactly(
                        "conflict_retries_exhausted", "store_unavailable", "idempotency_key_reused", "resync_required");
    }

    @Test
    void each_failure_explains_itself_in_a_sentence_naming_its_details() {
        assertThat(SAMPLES.get(0).message()).contains("ama").contains("16");
        assertThat(SAMPLES.get(1).message()).contains("connection refused");
        assertThat(SAMPLES.get(2).message()).contains("raise-7");
        assertThat(SAMPLES.get(3).message()).contains("4097").contains("stage view");
        assertThat(SAMPLES)
                .allSatisfy(failure -> assertThat(failure.message())
                        .as(failure.code())
                        .contains(" ")
                        .doesNotContain("null"));
    }

    @Test
    void the_readme_lists_exactly_the_failure_codes() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("Infrastructure failures:");
        assertThat(start).as("the README lists the infrastructure failures").isNotNegative();
        String list = readme.substring(start, readme.indexOf("\n\n", start));
        Set<String> documented = new TreeSet<>();
        Matcher matcher = CODE.matcher(list);
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }

        assertThat(documented)
                .isEqualTo(SAMPLES.stream().map(Failure::code).collect(Collectors.toCollection(TreeSet::new)));
    }
}
