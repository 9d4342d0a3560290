package de.netzatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of ARCHITECTURE.md, written down so it cannot erode silently. */
@AnalyzeClasses(packages = "de.netzatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStoreAndRepositoriesTouchTheDatabase = noClasses()
            .that().resideOutsideOfPackage("de.netzatlas.store..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..",
                    "de.netzatlas.store.schema..")
            .because("only store and the *Repository classes may touch jOOQ, H2 or Flyway");

    @ArchTest
    static final ArchRule jdbcOnlyInStoreRepositoriesAndFileFormatReaders = noClasses()
            .that().resideOutsideOfPackage("de.netzatlas.store..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .and().haveSimpleNameNotStartingWith("Mbtiles")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("JDBC is for our database (store, repositories) and for reading MBTiles files (SQLite)");

    @ArchTest
    static final ArchRule domainCodeHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("de.netzatlas.store..", "de.netzatlas.region..", "de.netzatlas.fibre..",
                    "de.netzatlas.mobile..", "de.netzatlas.schools..", "de.netzatlas.sites..",
                    "de.netzatlas.scenario..", "de.netzatlas.report..", "de.netzatlas.exchange..",
                    "de.netzatlas.asset..", "de.netzatlas.common..", "de.netzatlas.layers..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("domain logic and the layer builders shared by CLI and UI are plain Java, unit-tested without a toolkit");

    @ArchTest
    static final ArchRule featuresDoNotDependOnTheApplicationShell = noClasses()
            .that().resideOutsideOfPackages("de.netzatlas.app..", "de.netzatlas.cli..", "de.netzatlas.ui..")
            .and().resideOutsideOfPackage("de.netzatlas")
            .should().dependOnClassesThat().resideInAnyPackage("de.netzatlas.app..", "de.netzatlas.cli..",
                    "de.netzatlas.ui..")
            .because("app (composition root), cli and ui sit on top; nothing below may reach up into them");

    @ArchTest
    static final ArchRule storeKnowsNoFeature = noClasses()
            .that().resideInAPackage("de.netzatlas.store..")
            .should().dependOnClassesThat().resideInAnyPackage("de.netzatlas.region..", "de.netzatlas.map..",
                    "de.netzatlas.fibre..", "de.netzatlas.mobile..", "de.netzatlas.schools..",
                    "de.netzatlas.sites..", "de.netzatlas.scenario..", "de.netzatlas.report..",
                    "de.netzatlas.exchange..", "de.netzatlas.layers..", "de.netzatlas.app..", "de.netzatlas.cli..",
                    "de.netzatlas.ui..")
            .because("the store sits at the bottom");

    @ArchTest
    static final ArchRule viewsOnlyInUiAndMap = noClasses()
            .that().resideOutsideOfPackages("de.netzatlas.ui..", "de.netzatlas.map..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "com.gluonhq..")
            .because("scene-graph code lives in the ui packages and the map");

    @ArchTest
    static final ArchRule commonKnowsNothingOfOurs = noClasses()
            .that().resideInAPackage("de.netzatlas.common..")
            .should().dependOnClassesThat().resideInAnyPackage("de.netzatlas.store..", "de.netzatlas.region..",
                    "de.netzatlas.map..", "de.netzatlas.fibre..", "de.netzatlas.mobile..", "de.netzatlas.schools..",
                    "de.netzatlas.sites..", "de.netzatlas.scenario..", "de.netzatlas.report..",
                    "de.netzatlas.exchange..", "de.netzatlas.asset..", "de.netzatlas.layers..", "de.netzatlas.app..",
                    "de.netzatlas.cli..", "de.netzatlas.ui..", "de.netzatlas")
            .because("common holds helpers every layer shares and sits below all of them");
}
