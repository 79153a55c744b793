package io.livestage.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.livestage.domain.command.Intent;
import io.livestage.domain.event.EventType;
import io.livestage.domain.rejection.Rejection;
import io.livestage.tck.conformance.Vectors;
import io.livestage.wire.vector.Expectation;
import io.livestage.wire.vector.VectorGroup;
import io.livestage.wire.vector.VectorStep;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/**
 * The kit leaves no rule out: every kind of command is sent, every rejection code the rules can give is expected
 * somewhere, and every event type is expected somewhere. The catalogues come from the domain's sealed types, so a new
 * command, rejection or event fails here until a vector shows it.
 */
class VectorsCoverTheRulesTest {

    /**
     * Codes only a transport gives, before the rules are asked: an id that does not parse, a policy out of range. They
     * have no command to carry them (the codec refuses such a document; see docs/wire.md).
     */
    private static final Set<String> TRANSPORT_ONLY = HashSet.of("invalid_id", "invalid_policy");

    private static final Seq<VectorStep> STEPS =
            Vectors.rules().map(file -> file._2).flatMap(VectorsCoverTheRulesTest::steps);

    @Test
    void everyKindOfCommandIsSent() {
        Set<String> sent = STEPS.map(step -> step.command().intent().getClass().getSimpleName())
                .toSet();
        Set<String> kinds = leaves(Intent.class).map(Class::getSimpleName);
        assertThat(kinds.diff(sent).toJavaSet())
                .as("command kinds no vector sends")
                .isEmpty();
        assertThat(kinds.size()).as("the commands of docs/semantics.md §4").isEqualTo(22);
    }

    @Test
    void everyRejectionCodeIsExpected() {
        Set<String> expected = STEPS.map(VectorStep::expect)
                .filter(expect -> expect instanceof Expectation.Rejected)
                .map(expect -> ((Expectation.Rejected) expect).rejection().code())
                .toSet();
        Set<String> codes = leaves(Rejection.class).map(VectorsCoverTheRulesTest::code);
        assertThat(codes.diff(expected).diff(TRANSPORT_ONLY).toJavaSet())
                .as("rejection codes no vector expects")
                .isEmpty();
        assertThat(codes.containsAll(TRANSPORT_ONLY)).isTrue();
    }

    @Test
    void everyEventTypeIsExpected() {
        Set<String> seen = STEPS.map(VectorStep::expect)
                .filter(expect -> expect instanceof Expectation.Accepted)
                .flatMap(expect -> ((Expectation.Accepted) expect).events())
                .map(event -> event.event().wireName())
                .toSet();
        Set<String> types =
                Vector.of(EventType.values()).map(EventType::wireName).toSet();
        assertThat(types.diff(seen).toJavaSet())
                .as("event types no vector expects")
                .isEmpty();
    }

    @Test
    void thereAreEnoughCasesOfEachKind() {
        var files = Vectors.rules();
        int cases = files.map(file -> file._2.cases().size()).sum().intValue();
        int random = files.filter(file -> file._1.startsWith("random/"))
                .map(file -> file._2.cases().size())
                .sum()
                .intValue();
        assertThat(cases).as("cases").isGreaterThanOrEqualTo(300);
        assertThat(random).as("generated histories").isGreaterThanOrEqualTo(50);
    }

    private static Seq<VectorStep> steps(VectorGroup group) {
        return group.given().appendAll(group.cases().flatMap(vector -> vector.steps()));
    }

    /** The concrete classes under a sealed interface. */
    private static Set<Class<?>> leaves(Class<?> sealed) {
        Set<Class<?>> found = HashSet.empty();
        for (Class<?> sub : sealed.getPermittedSubclasses()) {
            found = sub.isSealed() ? found.addAll(leaves(sub)) : found.add(sub);
        }
        return found;
    }

    /**
     * The code of a rejection class, from a sample instance built by the domain's own catalogue tests ({@code
     * Samples}, package-private in stage-domain's test-jar: reached reflectively rather than duplicated here).
     */
    private static String code(Class<?> rejection) {
        try {
            var of = Class.forName("io.livestage.domain.catalogue.Samples").getDeclaredMethod("of", Class.class);
            of.setAccessible(true);
            return ((Rejection) of.invoke(null, rejection)).code();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a " + rejection.getSimpleName(), e);
        }
    }
}
