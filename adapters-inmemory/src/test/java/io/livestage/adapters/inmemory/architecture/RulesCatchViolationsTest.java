package io.livestage.adapters.inmemory.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.livestage.adapters.inmemory.architecture.fixture.adapters.CleanAdapter;
import io.livestage.adapters.inmemory.architecture.fixture.adapters.KnowsAnExample;
import io.livestage.adapters.inmemory.architecture.fixture.domain.DecidesWithAPort;
import io.livestage.adapters.inmemory.architecture.fixture.domain.DrawsRandomness;
import io.livestage.adapters.inmemory.architecture.fixture.domain.Logs;
import io.livestage.adapters.inmemory.architecture.fixture.domain.ReadsTheClock;
import io.livestage.adapters.inmemory.architecture.fixture.domain.chicken.Chicken;
import io.livestage.adapters.inmemory.architecture.fixture.domain.clean.Leaf;
import io.livestage.adapters.inmemory.architecture.fixture.domain.egg.Egg;
import io.livestage.adapters.inmemory.architecture.fixture.ports.CleanPort;
import io.livestage.adapters.inmemory.architecture.fixture.ports.KnowsAnAdapter;
import io.livestage.adapters.inmemory.architecture.fixture.ports.ReachesIntoRules;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each architecture rule fails on a fixture that breaks it, naming the offending class; and every rule passes on
 * fixtures that break nothing. So a green {@link ArchitectureTest} means the rules held, not that they looked at
 * nothing or could never fail. The fixtures mimic the real layout under {@code architecture.fixture}.
 */
class RulesCatchViolationsTest {

    private static final String FIXTURE = "io.livestage.adapters.inmemory.architecture.fixture";
    private static final ArchitectureRules RULES =
            new ArchitectureRules(FIXTURE + ".domain", FIXTURE + ".ports", FIXTURE + ".adapters");

    /** Clean code of every layer, so each rule has something to look at. */
    private static final Class<?>[] CLEAN = {Leaf.class, CleanPort.class, CleanAdapter.class};

    static Stream<Arguments> violations() {
        return Stream.of(
                violation(
                        "the domain depends on a port",
                        ArchitectureRules::domainDependsOnlyOnJavaVavrAndItself,
                        DecidesWithAPort.class),
                violation(
                        "a port uses the domain's rules",
                        ArchitectureRules::rulesAreInternalToTheDomain,
                        ReachesIntoRules.class),
                violation(
                        "a port knows an adapter",
                        ArchitectureRules::portsDependOnTheDomainNotOnAdapters,
                        KnowsAnAdapter.class),
                violation(
                        "an adapter knows an example",
                        ArchitectureRules::adaptersDependOnPortsAndDomainOnly,
                        KnowsAnExample.class),
                violation(
                        "two domain packages need each other",
                        ArchitectureRules::domainPackagesAreFreeOfCycles,
                        Chicken.class,
                        Egg.class),
                violation(
                        "the domain calls Instant.now()",
                        ArchitectureRules::domainReadsNoClock,
                        ReadsTheClock.InstantNow.class),
                violation(
                        "the domain holds a Clock",
                        ArchitectureRules::domainReadsNoClock,
                        ReadsTheClock.HoldsAClock.class),
                violation(
                        "the domain calls System.currentTimeMillis()",
                        ArchitectureRules::domainReadsNoClock,
                        ReadsTheClock.CurrentTimeMillis.class),
                violation(
                        "the domain creates a Random",
                        ArchitectureRules::domainDrawsNoRandomness,
                        DrawsRandomness.NewRandom.class),
                violation(
                        "the domain calls UUID.randomUUID()",
                        ArchitectureRules::domainDrawsNoRandomness,
                        DrawsRandomness.RandomUuid.class),
                violation(
                        "the domain calls Math.random()",
                        ArchitectureRules::domainDrawsNoRandomness,
                        DrawsRandomness.MathRandom.class),
                violation(
                        "the domain logs with System.Logger",
                        ArchitectureRules::domainLogsNothing,
                        Logs.SystemLogger.class),
                violation("the domain prints to the console", ArchitectureRules::domainLogsNothing, Logs.Prints.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void a_rule_fails_on_a_fixture_that_breaks_it(Function<ArchitectureRules, ArchRule> rule, Class<?>[] offenders) {
        JavaClasses classes = new ClassFileImporter().importClasses(with(offenders));

        assertThatThrownBy(() -> rule.apply(RULES).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offenders[0].getName());
    }

    @Test
    void every_rule_passes_on_fixtures_that_break_nothing() {
        JavaClasses classes = new ClassFileImporter().importClasses(with(Chicken.class));

        Stream.<Function<ArchitectureRules, ArchRule>>of(
                        ArchitectureRules::domainDependsOnlyOnJavaVavrAndItself,
                        ArchitectureRules::rulesAreInternalToTheDomain,
                        ArchitectureRules::portsDependOnTheDomainNotOnAdapters,
                        ArchitectureRules::adaptersDependOnPortsAndDomainOnly,
                        ArchitectureRules::domainPackagesAreFreeOfCycles,
                        ArchitectureRules::domainReadsNoClock,
                        ArchitectureRules::domainDrawsNoRandomness,
                        ArchitectureRules::domainLogsNothing)
                .forEach(rule ->
                        assertThatCode(() -> rule.apply(RULES).check(classes)).doesNotThrowAnyException());
    }

    private static Arguments violation(String name, Function<ArchitectureRules, ArchRule> rule, Class<?>... offenders) {
        return Arguments.of(Named.of(name, rule), offenders);
    }

    private static Class<?>[] with(Class<?>... more) {
        return Stream.concat(Stream.of(CLEAN), Stream.of(more)).toArray(Class<?>[]::new);
    }
}
