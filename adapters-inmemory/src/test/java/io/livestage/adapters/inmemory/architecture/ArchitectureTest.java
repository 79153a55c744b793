package io.livestage.adapters.inmemory.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.livestage.adapters.inmemory.InMemoryRooms;
import io.livestage.domain.StageDecider;
import io.livestage.ports.service.StageService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules keep their places: the domain is pure and self-contained, its rules stay inside it, the ports know the
 * domain and no adapter, the adapter knows no other adapter, and the domain's packages have no cycle. Checked on the
 * production classes of stage-domain, stage-ports and adapters-inmemory (this module sees all three), whether Maven
 * hands them over as class folders or jars.
 */
class ArchitectureTest {

    private static final ArchitectureRules RULES = ArchitectureRules.LIVESTAGE;
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.livestage");
    }

    @Test
    void the_import_holds_all_three_modules() {
        assertThat(production.contain(StageDecider.class)).isTrue();
        assertThat(production.contain(StageService.class)).isTrue();
        assertThat(production.contain(InMemoryRooms.class)).isTrue();
        assertThat(production.contain(ArchitectureTest.class))
                .as("tests are not production classes")
                .isFalse();
    }

    @Test
    void the_domain_depends_only_on_java_vavr_and_itself() {
        RULES.domainDependsOnlyOnJavaVavrAndItself().check(production);
    }

    @Test
    void the_domain_rules_are_not_used_from_outside_the_domain() {
        RULES.rulesAreInternalToTheDomain().check(production);
    }

    @Test
    void the_ports_depend_on_the_domain_and_not_on_adapters() {
        RULES.portsDependOnTheDomainNotOnAdapters().check(production);
    }

    @Test
    void the_in_memory_adapters_depend_only_on_ports_and_domain() {
        RULES.adaptersDependOnPortsAndDomainOnly().check(production);
    }

    @Test
    void the_domain_packages_are_free_of_cycles() {
        RULES.domainPackagesAreFreeOfCycles().check(production);
    }

    @Test
    void the_domain_reads_no_clock() {
        RULES.domainReadsNoClock().check(production);
    }

    @Test
    void the_domain_draws_no_randomness() {
        RULES.domainDrawsNoRandomness().check(production);
    }

    @Test
    void the_domain_logs_nothing() {
        RULES.domainLogsNothing().check(production);
    }
}
