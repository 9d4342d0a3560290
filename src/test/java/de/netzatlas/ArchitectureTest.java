package de.netzatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import de.netzatlas.common.DeliberateStaticState;

/** The layering of ARCHITECTURE.md, written down so it cannot erode silently. */
@AnalyzeClasses(packages = "de.netzatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"de.netzatlas.region..", "de.netzatlas.map..", "de.netzatlas.fibre..",
        "de.netzatlas.mobile..", "de.netzatlas.schools..", "de.netzatlas.sites..", "de.netzatlas.scenario..",
        "de.netzatlas.report..", "de.netzatlas.exchange..", "de.netzatlas.asset.."};

    /** Classes named *ViewModel and the classes nested in them. */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe(
            "are view models (classes named *ViewModel and their nested classes)",
            c -> c.getName().replaceFirst("\\$.*", "").endsWith("ViewModel"));

    /** Fields we wrote, not those javac adds (enum {@code $VALUES}, {@code $assertionsDisabled}, switch maps). */
    private static final DescribedPredicate<JavaField> WRITTEN_IN_SOURCE = DescribedPredicate.describe(
            "are written in the source (not synthetic)", f -> !f.getModifiers().contains(JavaModifier.SYNTHETIC));

    /** Types whose only purpose is to hold changing state: a static field of one is static state even when final. */
    private static final DescribedPredicate<JavaClass> STATE_HOLDERS = DescribedPredicate.describe(
            "a holder of changing state (java.util.concurrent.atomic, ThreadLocal)",
            c -> c.getPackageName().equals("java.util.concurrent.atomic") || c.isAssignableTo(ThreadLocal.class));

    /** What only view models may hold: the service locator, services, repositories and the store. */
    private static final DescribedPredicate<JavaClass> SERVICES_AND_REPOSITORIES = DescribedPredicate.describe(
            "are services, repositories, the service locator or the store",
            c -> c.getPackageName().startsWith("de.netzatlas.") && !c.getPackageName().startsWith("de.netzatlas.ui")
                    && (c.getSimpleName().endsWith("Service") || c.getSimpleName().endsWith("Repository")
                    || c.getSimpleName().equals("AppServices") || c.getPackageName().equals("de.netzatlas.store")
                    && c.getSimpleName().equals("Database")));

    @ArchTest
    static final ArchRule onlyViewModelsCallServicesAndRepositories = noClasses()
            .that().resideInAPackage("de.netzatlas.ui..").and(DescribedPredicate.not(VIEW_MODELS))
            .and().doNotHaveFullyQualifiedName("de.netzatlas.ui.shell.NetzatlasApp")
            .should().dependOnClassesThat(SERVICES_AND_REPOSITORIES)
            .because("views bind to view models; view models get the services they need (issue 12). NetzatlasApp"
                    + " opens the database and hands the services to the main view model");

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("de.netzatlas..")
            .layer("Launcher").definedBy("de.netzatlas")
            .layer("Cli").definedBy("de.netzatlas.cli..")
            .layer("Ui").definedBy("de.netzatlas.ui..")
            .layer("App").definedBy("de.netzatlas.app..")
            .layer("Layers").definedBy("de.netzatlas.layers..")
            .layer("Features").definedBy(FEATURES)
            .layer("Store").definedBy("de.netzatlas.store..")
            .layer("Common").definedBy("de.netzatlas.common..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "Cli", "Ui")
            .whereLayer("Layers").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Launcher", "Cli", "Ui", "App", "Layers")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Cli", "Ui", "App", "Layers", "Features")
            .whereLayer("Common").mayNotAccessAnyLayer()
            .because("Launcher → cli, ui → app → features → store (decision 0019); common sits below all");

    @ArchTest
    static final ArchRule commandLineHasNoJavaFx = noClasses()
            .that().resideInAPackage("de.netzatlas.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.gluonhq..")
            .because("the command line runs headless; it reaches the window only through the Desktop callback");

    @ArchTest
    static final ArchRule commandLineDoesNotKnowTheUi = noClasses()
            .that().resideInAPackage("de.netzatlas.cli..")
            .should().dependOnClassesThat().resideInAPackage("de.netzatlas.ui..")
            .because("the Launcher hands the window to cli as a callback, so cli never imports ui");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheCommandLine = noClasses()
            .that().resideInAPackage("de.netzatlas.ui..")
            .should().dependOnClassesThat().resideInAPackage("de.netzatlas.cli..")
            .because("the window and the command line are two faces on the same services");

    @ArchTest
    static final ArchRule layerBuildersAndCommonHaveNoSceneGraph = noClasses()
            .that().resideInAnyPackage("de.netzatlas.layers..", "de.netzatlas.common..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("layer builders and helpers are shared by the command line and the window");

    @ArchTest
    static final ArchRule viewModelsHaveNoSceneGraph = noClasses()
            .that(VIEW_MODELS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view model holds properties and commands, no Node and no Window; the view binds to it");

    @ArchTest
    static final ArchRule screensRunBackgroundWorkOnlyThroughTheContract = noClasses()
            .that().resideInAPackage("de.netzatlas.ui..").and().resideOutsideOfPackage("de.netzatlas.ui.common")
            .should().callConstructorWhere(DescribedPredicate.describe("a thread or task is created",
                    c -> c.getTarget().getOwner().isAssignableTo(Thread.class)
                            || c.getTarget().getOwner().isAssignableTo(java.util.concurrent.CompletableFuture.class)
                            || c.getTarget().getOwner().isAssignableTo("javafx.concurrent.Task")
                            || c.getTarget().getOwner().isAssignableTo("javafx.concurrent.Service")))
            .orShould().callMethodWhere(DescribedPredicate.describe("an executor or future is started",
                    c -> c.getTarget().getOwner().isEquivalentTo(java.util.concurrent.Executors.class)
                            || c.getTarget().getOwner().isEquivalentTo(java.util.concurrent.CompletableFuture.class)))
            .because("every database, file, print or tile call of a screen goes through ui.common.BackgroundExecutor:"
                    + " progress, cancel and the error policy in one place (decision 0021)");

    @ArchTest
    static final ArchRule uiFeaturePackagesAreFreeOfCycles = slices()
            .matching("de.netzatlas.ui.(*)..")
            .should().beFreeOfCycles()
            .because("ui.shell composes the feature screens; a screen reaches the window only through its own Host"
                    + " interface, which the main view model implements");

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching("de.netzatlas.(*)..")
            .should().beFreeOfCycles()
            .because("each top-level package can be understood (and tested) from the ones below it");

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

    @ArchTest
    static final ArchRule staticFieldsAreFinal = fields()
            .that().areStatic()
            .and(WRITTEN_IN_SOURCE)
            .and().areNotAnnotatedWith(DeliberateStaticState.class)
            .should().beFinal()
            .because("there is no static mutable state (ARCHITECTURE.md, Threads); an exception is argued in its "
                    + "@DeliberateStaticState annotation, not by the name of its class");

    @ArchTest
    static final ArchRule staticStateHoldersAreDeliberate = noFields()
            .that().areStatic()
            .and(WRITTEN_IN_SOURCE)
            .and().areNotAnnotatedWith(DeliberateStaticState.class)
            .should().haveRawType(STATE_HOLDERS)
            .because("a final static AtomicReference or ThreadLocal is static mutable state all the same; "
                    + "it needs its reason in @DeliberateStaticState");
}
