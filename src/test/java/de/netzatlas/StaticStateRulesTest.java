package de.netzatlas;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import de.netzatlas.common.DeliberateStaticState;

/**
 * The static-state rules of {@link ArchitectureTest} on small fixtures: what javac adds (enum
 * {@code $VALUES}, switch maps, {@code $assertionsDisabled}) and constants pass, a non-final static
 * field and a static {@code AtomicReference} fail, and the annotation, not a class name, exempts.
 */
class StaticStateRulesTest {

    enum Colour { RED, GREEN }

    static final class Clean {
        static final int LIMIT = 3;
        static final List<String> NAMES = List.of("a");

        int pick(Colour c) {
            assert c != null;
            switch (c) {
                case RED:
                    return LIMIT;
                default:
                    return NAMES.size();
            }
        }
    }

    static final class Mutable {
        static int counter;
    }

    static final class Holder {
        static final AtomicReference<String> CURRENT = new AtomicReference<>();
    }

    static final class Argued {
        @DeliberateStaticState("a fixture")
        static int counter;

        @DeliberateStaticState("a fixture")
        static final AtomicReference<String> CURRENT = new AtomicReference<>();
    }

    /** The fixture classes whose binary names contain one of {@code parts} (with "$1", the switch map holder). */
    private static JavaClasses fixtures(String... parts) {
        return new ClassFileImporter()
                .withImportOption(location -> List.of(parts).stream()
                        .anyMatch(p -> location.contains("StaticStateRulesTest$" + p + ".class")))
                .importPackages("de.netzatlas");
    }

    @Test
    void compilerFieldsConstantsAndAnnotatedFieldsPass() {
        JavaClasses classes = fixtures("Colour", "Clean", "1", "Argued");
        assertTrue(classes.size() >= 4, () -> "fixtures not found: " + classes);
        ArchitectureTest.staticFieldsAreFinal.check(classes);
        ArchitectureTest.staticStateHoldersAreDeliberate.check(classes);
    }

    @Test
    void aNonFinalStaticFieldFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureTest.staticFieldsAreFinal.check(fixtures("Mutable")));
        assertTrue(e.getMessage().contains("Mutable.counter"), e.getMessage());
    }

    @Test
    void aFinalStaticAtomicReferenceFails() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureTest.staticStateHoldersAreDeliberate.check(fixtures("Holder")));
        assertTrue(e.getMessage().contains("Holder.CURRENT"), e.getMessage());
    }
}
