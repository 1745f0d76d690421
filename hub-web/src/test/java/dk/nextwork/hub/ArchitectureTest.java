package dk.nextwork.hub;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Hub's arrows point down only, and no two packages need each other. It reads the compiled classes of hub-ejb
 * and hub-web (both on this module's test classpath), not the sources, so an inline fully qualified name counts as
 * much as an import; what it cannot see is a reference only in Javadoc or to a compile-time constant (the compiler
 * copies the value). A plain unit test: no server, a few seconds.
 */
@DisplayName("The architecture: arrows point down, no package needs another that needs it")
class ArchitectureTest {

    private static final String DOMAIN = "dk.nextwork.hub.domain..";
    private static final String APPLICATION = "dk.nextwork.hub.application..";
    private static final String INFRASTRUCTURE = "dk.nextwork.hub.infrastructure..";
    private static final String INTERFACES = "dk.nextwork.hub.interfaces..";

    /** The production classes of hub-ejb and hub-web; the tests of either may reach across layers. */
    private static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "dk.nextwork.hub.domain",
                    "dk.nextwork.hub.application",
                    "dk.nextwork.hub.infrastructure",
                    "dk.nextwork.hub.interfaces");

    @Test
    @DisplayName("The domain needs nothing above it, the application needs neither adapter, and the two adapters"
            + " (infrastructure and interfaces) do not need each other")
    void layersPointDownOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy(DOMAIN)
                .layer("Application")
                .definedBy(APPLICATION)
                .layer("Infrastructure")
                .definedBy(INFRASTRUCTURE)
                .layer("Interfaces")
                .definedBy(INTERFACES)
                .whereLayer("Interfaces")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Infrastructure")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers("Infrastructure", "Interfaces")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Interfaces")
                .check(HUB);
    }

    @Test
    @DisplayName("No package of hub-ejb or hub-web is part of a cycle: each package is a slice of its own")
    void noPackageCycles() {
        slices().matching("dk.nextwork.hub.(**)").should().beFreeOfCycles().check(HUB);
    }
}
