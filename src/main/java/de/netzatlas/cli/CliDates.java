package de.netzatlas.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import de.netzatlas.common.GermanDates;
import picocli.CommandLine;

/** Dates on the command line: {@code 31.12.2024} (German) or {@code 2024-12-31}. */
final class CliDates implements CommandLine.ITypeConverter<LocalDate> {

    static final DateTimeFormatter GERMAN = GermanDates.FORMAT;

    @Override
    public LocalDate convert(String value) {
        try {
            return value.contains(".") ? LocalDate.parse(value, GERMAN) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("„" + value + "“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT)");
        }
    }
}
