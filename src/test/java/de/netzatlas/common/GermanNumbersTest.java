package de.netzatlas.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Numbers typed the German way parse exactly; anything else is rejected, never truncated. */
class GermanNumbersTest {

    @Test
    void amountsWithThousandsDotsAndDecimalComma() {
        assertEquals(Optional.of(new BigDecimal("4000000.50")), GermanNumbers.parseMoney("4.000.000,50"));
        assertEquals(Optional.of(new BigDecimal("4000000.00")), GermanNumbers.parseMoney("4000000"));
        assertEquals(Optional.of(new BigDecimal("1250.00")), GermanNumbers.parseMoney(" 1.250 € "));
        assertTrue(GermanNumbers.parseMoney("4.000.000.50").isEmpty());
        assertTrue(GermanNumbers.parseMoney("12abc").isEmpty());
        assertTrue(GermanNumbers.parseMoney("1,234").isEmpty(), "three decimals are not an amount");
        assertTrue(GermanNumbers.parseMoney("").isEmpty());
        assertEquals("4.000.000,50", GermanNumbers.money(new BigDecimal("4000000.5")));
    }

    @Test
    void wholeNumbers() {
        assertEquals(Optional.of(1200), GermanNumbers.parseInt("1.200"));
        assertEquals(Optional.of(1200), GermanNumbers.parseInt("1200"));
        assertTrue(GermanNumbers.parseInt("12,5").isEmpty());
        assertTrue(GermanNumbers.parseInt("1.20").isEmpty());
        assertEquals("12.345", GermanNumbers.integer(12345));
    }
}
