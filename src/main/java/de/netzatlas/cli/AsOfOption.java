package de.netzatlas.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

import picocli.CommandLine.Option;

/**
 * {@code --as-of DATUM} of the read-only register, project and coverage commands (a picocli mixin):
 * the records as currently known, each evaluated on its own dates for that day (valid time, issue 13
 * rule 1; see {@link ValidTime}). Without it a command shows today's state as before.
 */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATUM", converter = CliDates.class,
            description = "Stand zu diesem Tag nach den Daten der Einträge (Statushistorie, Stände), "
                    + "JJJJ-MM-TT oder TT.MM.JJJJ; Standard: heute")
    LocalDate date;

    Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** Says on stderr which day is shown, e.g. „Stand: 31.12.2024 (Gültigkeitsdatum der Einträge)“; nothing without the option. */
    void announce(PrintWriter err) {
        if (date != null) {
            err.println("Stand: " + date.format(CliDates.GERMAN) + " (Gültigkeitsdatum der Einträge)");
            err.flush();
        }
    }
}
