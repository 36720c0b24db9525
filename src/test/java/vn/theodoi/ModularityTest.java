package vn.theodoi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Module boundaries hold: no cycles, no reaching into another module's internals, small public faces. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(TheodoiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * The module shape of docs/architecture.md: a module's root package is its public face (a
     * facade, the views and commands it takes and returns, its events); aggregates, repositories
     * and SQL live in {@code internal}, controllers in {@code web}.
     */
    @Test
    void publicFacesHoldNoEntitiesRepositoriesOrControllers() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.theodoi");
        for (String module : new String[] {"records", "timelimits", "demo", "tasks", "meetings", "notification", "ingest"}) {
            noClasses().that().resideInAPackage("vn.theodoi." + module)
                    .should().beAnnotatedWith(jakarta.persistence.Entity.class)
                    .orShould().beAssignableTo(org.springframework.data.repository.Repository.class)
                    .orShould().beAnnotatedWith(org.springframework.stereotype.Controller.class)
                    .orShould().beAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                    .because("the " + module + " module's root package is its public face")
                    .check(classes);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
