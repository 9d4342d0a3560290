package de.netzatlas.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValuesAndMappingTest {

    @Test
    void numbersInGermanAndEnglishNotation() {
        assertEquals(new BigDecimal("1234.5"), Values.decimal("1.234,5", true));
        assertEquals(new BigDecimal("1234.5"), Values.decimal("1,234.5", false));
        assertEquals(new BigDecimal("12.5"), Values.decimal("12,5", true));
        assertEquals(new BigDecimal("13210"), Values.decimal("13.210", true));
        assertEquals(new BigDecimal("1.5"), Values.decimal("1.5", true));
        assertEquals(12L, Values.integer("12,0", true));
        assertNull(Values.integer("12,5", true));
        assertNull(Values.decimal("abc", true));
        assertNull(Values.decimal("1e5", true));
        assertEquals(LocalDate.of(2024, 12, 31), Values.date("31.12.2024"));
        assertEquals(LocalDate.of(2024, 12, 31), Values.date("2024-12-31T00:00"));
        assertNull(Values.date("31.02.2024x"));
        // Issue 20: a day that does not exist is an error, never moved to the month's last day.
        assertNull(Values.date("31.02.2024"));
        assertNull(Values.date("29.02.2023"));
        assertNull(Values.date("31.04.24"));
        assertNull(Values.date("2024-02-30"));
        assertEquals(LocalDate.of(2024, 2, 29), Values.date("29.02.2024"));
        assertEquals("„31.02.2024“ ist kein gültiges Datum: diesen Tag gibt es nicht.",
                de.netzatlas.common.GermanDates.problem("31.02.2024"));
        assertEquals("„Ende 2024“ ist kein Datum (TT.MM.JJJJ).", de.netzatlas.common.GermanDates.problem("Ende 2024"));
    }

    @Test
    void germanAndEnglishColumnNamesAreSuggested() {
        ColumnMapping m = ColumnMapping.suggest(List.of("Amtlicher Gemeindeschlüssel", "Bevölkerung insgesamt",
                "households", "Quelle"), RegionStatisticsTarget.FIELDS);
        assertEquals("Amtlicher Gemeindeschlüssel", m.column("ags").orElseThrow());
        assertEquals("Bevölkerung insgesamt", m.column("einwohner").orElseThrow());
        assertEquals("households", m.column("haushalte").orElseThrow());
        assertEquals("Quelle", m.column("haushalte_quelle").orElseThrow());
        assertFalse(m.column("haushalte_stand").isPresent());
    }

    @Test
    void detectionOfDelimiterHeaderAndDecimalSeparator() {
        ReadSettings tab = CsvTableReader.detect("Titel\nags\twert\tanteil\n15003000\t1.5\t2.25\n", StandardCharsets.UTF_8);
        assertEquals('\t', tab.delimiter());
        assertEquals(1, tab.headerIndex());
        assertFalse(tab.decimalComma());
        ReadSettings semi = CsvTableReader.detect("ags;wert\n15003000;1,5\n", StandardCharsets.UTF_8);
        assertEquals(';', semi.delimiter());
        assertEquals(true, semi.decimalComma());
    }

    @Test
    void csvStructureErrorsAreExplainedInGerman() {
        assertEquals("nach einem Feld in Anführungszeichen folgt weiterer Text vor dem Trennzeichen "
                + "(Anführungszeichen innerhalb eines Feldes müssen verdoppelt werden: \"\")",
                CsvTableReader.germanParserMessage("Invalid character between encapsulated token and delimiter at line: 2"));
        assertEquals("ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen (Datei abgeschnitten?)",
                CsvTableReader.germanParserMessage("EOF reached before encapsulated token finished"));
        assertEquals("der Aufbau der Datei ist fehlerhaft (Trennzeichen oder Anführungszeichen prüfen)",
                CsvTableReader.germanParserMessage("IOException reading next record"));
    }

    @Test
    void geoJsonNumbersReachTheMappingInPlainNotation() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        var node = mapper.readTree("{\"a\": 32506850.0, \"b\": 3.250685E7, \"c\": 12, \"d\": 0.1, \"e\": \"x\", \"f\": 1.5e-3}");
        assertEquals("32506850", GeoJsonTableReader.text(node.get("a")));
        assertEquals("32506850", GeoJsonTableReader.text(node.get("b")));
        assertEquals("12", GeoJsonTableReader.text(node.get("c")));
        assertEquals("0.1", GeoJsonTableReader.text(node.get("d")));
        assertEquals("x", GeoJsonTableReader.text(node.get("e")));
        assertEquals("0.0015", GeoJsonTableReader.text(node.get("f")));
        assertEquals(Long.valueOf(32506850L), Values.integer(GeoJsonTableReader.text(node.get("b")), false));
    }
}
