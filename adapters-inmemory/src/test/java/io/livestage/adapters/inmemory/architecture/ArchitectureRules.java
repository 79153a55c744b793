package io.livestage.adapters.inmemory.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The architecture of livestage as rules over package names, so the same rules check the real modules ({@link
 * ArchitectureTest}) and deliberately bad fixtures ({@link RulesCatchViolationsTest}).
 *
 * @param domain the domain's root package
 * @param ports the ports' root package
 * @param adapters the in-memory adapters' root package
 */
record ArchitectureRules(String domain, String ports, String adapters) {

    /** The real packages. */
    static final ArchitectureRules LIVESTAGE =
            new ArchitectureRules("io.livestage.domain", "io.livestage.ports", "io.livestage.adapters.inmemory");

    /** The domain needs only the JDK, vavr and itself (and Immutables' annotations, at compile time). */
    ArchRule domainDependsOnlyOnJavaVavrAndItself() {
        return classes()
                .that()
                .resideInAPackage(domain + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", "org.immutables..", domain + "..")
                .because("the domain is a pure decider that any host can embed");
    }

    /** The rules behind the decider are the domain's business: callers go through StageDecider and Capabilities. */
    ArchRule rulesAreInternalToTheDomain() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(domain + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(domain + ".rules..")
                .because("the decision pipeline and the authorization table are not an API");
    }

    /** The ports are the domain's outer edge: they know the domain, never an adapter. */
    ArchRule portsDependOnTheDomainNotOnAdapters() {
        return classes()
                .that()
                .resideInAPackage(ports + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", domain + "..", ports + "..")
                .because("adapters implement the ports, not the other way round");
    }

    /** The in-memory adapters know the ports and the domain, and no other adapter, example or test kit. */
    ArchRule adaptersDependOnPortsAndDomainOnly() {
        return classes()
                .that()
                .resideInAPackage(adapters + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", domain + "..", ports + "..", adapters + "..")
                .because("an adapter is replaceable on its own");
    }

    /** The domain's packages form a hierarchy: none depends, even indirectly, on itself. */
    ArchRule domainPackagesAreFreeOfCycles() {
        return slices().matching(domain + ".(*)..")
                .namingSlices("domain.$1")
                .should()
                .beFreeOfCycles();
    }

    /** Time comes in commands: the domain never reads a clock. */
    ArchRule domainReadsNoClock() {
        return noClasses()
                .that()
                .resideInAPackage(domain + "..")
                .should()
                .dependOnClassesThat(assignableTo(Clock.class).or(assignableTo(InstantSource.class)))
                .orShould()
                .callMethodWhere(nowInJavaTime())
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .because("the same events must always rebuild the same room");
    }

    /** Ids come in commands: the domain draws no random number or UUID. */
    ArchRule domainDrawsNoRandomness() {
        return noClasses()
                .that()
                .resideInAPackage(domain + "..")
                .should()
                .dependOnClassesThat(assignableTo(Random.class).or(assignableTo(SplittableRandom.class)))
                .orShould()
                .callMethod(Math.class, "random")
                .orShould()
                .callMethod(java.util.UUID.class, "randomUUID")
                .because("a decision must be repeatable from its command and state");
    }

    /** Outcomes are values: the domain writes no log and no console output. */
    ArchRule domainLogsNothing() {
        return noClasses()
                .that()
                .resideInAPackage(domain + "..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "java.util.logging..",
                                "org.slf4j..",
                                "org.apache.logging..",
                                "org.apache.commons.logging..")
                        .or(assignableTo(System.Logger.class)))
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("the host decides what to log from the outcomes it gets");
    }

    private static DescribedPredicate<JavaMethodCall> nowInJavaTime() {
        return DescribedPredicate.describe(
                "a call to now() of java.time",
                call -> call.getName().equals("now")
                        && call.getTargetOwner().getPackageName().startsWith("java.time"));
    }
}
