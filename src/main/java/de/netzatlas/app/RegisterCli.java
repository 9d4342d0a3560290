package de.netzatlas.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import de.netzatlas.asset.AssetImportResult;
import de.netzatlas.asset.ImportError;
import picocli.CommandLine.Model.CommandSpec;

/** What the register subcommands (schools, sites) share: import with German error lines and exit 3, export. */
final class RegisterCli {

    private RegisterCli() {
    }

    static int importFile(CommandSpec spec, Path file, BiFunction<String, byte[], AssetImportResult> importer,
                          String what) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println(file + ":0:-: Datei nicht gefunden.");
            err.flush();
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(file + ":0:-: Datei nicht lesbar: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        AssetImportResult result = importer.apply(file.getFileName().toString(), bytes);
        if (!result.ok()) {
            for (ImportError e : result.errors()) {
                err.println(e);
            }
            err.printf("%d Fehler – nichts importiert.%n", result.errors().size());
            err.flush();
            return ExitCodes.VALIDATION;
        }
        out.printf("%s importiert: %d Zeilen, %d neu, %d geändert.%n", what, result.rows(), result.created(),
                result.updated());
        out.flush();
        return ExitCodes.OK;
    }

    static void export(CommandSpec spec, String file, Consumer<Writer> write, int count, String what) throws IOException {
        if ("-".equals(file)) {
            PrintWriter out = spec.commandLine().getOut();
            write.accept(out);
            out.flush();
            return;
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(file)), StandardCharsets.UTF_8)) {
            write.accept(w);
        }
        spec.commandLine().getOut().printf("%d %s exportiert nach %s.%n", count, what, file);
        spec.commandLine().getOut().flush();
    }
}
