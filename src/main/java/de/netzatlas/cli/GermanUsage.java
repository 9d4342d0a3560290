package de.netzatlas.cli;

import java.io.PrintWriter;
import java.util.ListResourceBundle;
import java.util.stream.Collectors;

import de.netzatlas.app.ExitCodes;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Picocli in German: usage errors ("Unknown option", "Missing required parameter", "Invalid value")
 * and the headings and standard options of the help text. Usage errors end with exit code 2 and a
 * pointer to {@code --help} instead of the whole help text.
 */
final class GermanUsage {

    private GermanUsage() {
    }

    /** Headings and the descriptions of {@code -h}/{@code -V} for every command. */
    static final class Texts extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"usage.synopsisHeading", "Aufruf: "},
                {"usage.commandListHeading", "%nBefehle:%n"},
                {"usage.optionListHeading", ""},
                {"mixinStandardHelpOptions.help", "Diese Hilfe zeigen und beenden."},
                {"mixinStandardHelpOptions.version", "Versionsangabe zeigen und beenden."},
                {"netzatlas.help.usage.header", "Zeigt die Hilfe zu einem Befehl."},
                {"netzatlas.help.usage.description", "Ohne COMMAND die Hilfe des Hauptbefehls."},
                {"netzatlas.help.usage.synopsisHeading", "Aufruf: "},
                {"helpCommand.command", "der Befehl, zu dem die Hilfe gezeigt wird"},
                {"helpCommand.help", "Die Hilfe zum Befehl „help“ zeigen und beenden."},
            };
        }
    }

    static void install(CommandLine cl) {
        cl.setResourceBundle(new Texts());
        cl.setParameterExceptionHandler(GermanUsage::handle);
    }

    private static int handle(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("Fehler: " + message(e));
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println("Meinten Sie: " + String.join(", ", u.getSuggestions()) + "?");
        }
        err.println("Hilfe: " + cl.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCodes.USAGE;
    }

    static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            String what = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            return what.startsWith("-") ? "unbekannte Option „" + what + "“." : "unerwartetes Argument „" + what + "“.";
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "es fehlt " + m.getMissing().stream().map(GermanUsage::label).collect(Collectors.joining(", ")) + ".";
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return "die Option " + label(o.getOverwritten()) + " ist mehrfach angegeben.";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "diese Optionen schließen einander aus: " + e.getMessage().replaceFirst("^Error: ", "")
                    .replaceAll(" are mutually exclusive.*", "") + ".";
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e.getClass() == CommandLine.ParameterException.class && !m.matches("(?s).*\\b(is|are|the|for|option)\\b.*")) {
            return m; // our own (German) message
        }
        // "Invalid value for option '--year': 'abc' is not an int" / "… : „31.02.2024“ ist kein Datum"
        java.util.regex.Matcher invalid = java.util.regex.Pattern
                .compile("Invalid value for (?:option|positional parameter at index \\d+) \\(?'?([^':)]+)'?\\)?: (.*)")
                .matcher(m);
        if (invalid.matches()) {
            String reason = invalid.group(2);
            if (reason.matches("'.*' is not an? \\w+")) {
                String type = reason.replaceAll(".* is not an? (\\w+)", "$1");
                String kind = switch (type) {
                    case "int", "long", "short" -> "keine ganze Zahl";
                    case "double", "float", "bigdecimal", "BigDecimal" -> "keine Zahl";
                    default -> "ungültig";
                };
                reason = reason.replaceAll("'(.*)' is not an? \\w+", "„$1“ ist " + kind);
            }
            return "ungültiger Wert für " + invalid.group(1).strip() + ": " + reason.replaceFirst("^cannot convert '(.*)' to .*",
                    "„$1“ ist keine gültige Angabe");
        }
        if (m.startsWith("Expected parameter for option")) {
            return "zur Option fehlt ihr Wert: " + m.replaceFirst("Expected parameter for option '([^']+)'.*", "$1") + ".";
        }
        return "ungültiger Aufruf (" + m + ").";
    }

    private static String label(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return "„" + o.longestName() + "“";
        }
        return "„" + ((PositionalParamSpec) a).paramLabel() + "“";
    }
}
