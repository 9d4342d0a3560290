package de.netzatlas.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulaGetAnApostrophe() {
        assertEquals("'=SUMME(A1:A9)", SpreadsheetText.defuse("=SUMME(A1:A9)"));
        assertEquals("'+49 391 567", SpreadsheetText.defuse("+49 391 567"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetText.defuse("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@Stadt", SpreadsheetText.defuse("@Stadt"));
        assertEquals("'\tx", SpreadsheetText.defuse("\tx"));
        assertEquals("Grundschule = gut", SpreadsheetText.defuse("Grundschule = gut"));
        assertEquals("-12,5", SpreadsheetText.defuse("-12,5"), "a plain number stays a number");
        assertEquals("", SpreadsheetText.defuse(""));
        assertArrayEquals(new Object[] {"'=1", 5, null}, SpreadsheetText.cells("=1", 5, null));
    }

    @Test
    void theImportTakesTheApostropheOffAgain() {
        for (String s : new String[] {"=SUMME(A1)", "+1", "-1+2", "@x", "normal", "'zitiert", "-5"}) {
            assertEquals(s, SpreadsheetText.restore(SpreadsheetText.defuse(s)), s);
        }
    }
}
