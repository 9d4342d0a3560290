package de.netzatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    @Test
    void optionWinsOverEnvironmentAndGetsTheH2Suffix() {
        Path p = DatabaseLocation.resolve("/data/plan", Map.of("NETZATLAS_DB", "/env/x.mv.db"), "Linux", "/home/u");
        assertEquals(Path.of("/data/plan.mv.db"), p);
    }

    @Test
    void environmentVariableIsUsedWithoutOption() {
        assertEquals(Path.of("/env/x.mv.db"),
                DatabaseLocation.resolve(null, Map.of("NETZATLAS_DB", "/env/x.mv.db"), "Linux", "/home/u"));
    }

    @Test
    void defaultIsLocalAppDataOnWindowsAndXdgDataElsewhere() {
        assertEquals(Path.of("C:/Users/p/AppData/Local", "Netzatlas", "netzatlas.mv.db"),
                DatabaseLocation.resolve(null, Map.of("LOCALAPPDATA", "C:/Users/p/AppData/Local"), "Windows 11", "C:/Users/p"));
        assertEquals(Path.of("/home/u/.local/share/netzatlas/netzatlas.mv.db"),
                DatabaseLocation.resolve(null, Map.of(), "Linux", "/home/u"));
    }

    @Test
    void aDirectoryMeansTheDefaultFileInside(@TempDir Path dir) {
        assertEquals(dir.resolve("netzatlas.mv.db"), DatabaseLocation.resolve(dir.toString(), Map.of(), "Linux", "/h"));
    }
}
