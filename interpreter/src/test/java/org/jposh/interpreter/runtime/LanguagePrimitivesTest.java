package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LanguagePrimitivesTest {

    @Test
    void doublesFormatWithFifteenSignificantDigits() {
        assertEquals("0.3", LanguagePrimitives.formatDouble(0.1 + 0.2));
        assertEquals("3.5", LanguagePrimitives.formatDouble(3.5));
        assertEquals("2147483648", LanguagePrimitives.formatDouble(2147483648.0));
        assertEquals("1E+15", LanguagePrimitives.formatDouble(1e15));
        assertEquals("123456789012345", LanguagePrimitives.formatDouble(123456789012345.0));
        assertEquals("1.5E-07", LanguagePrimitives.formatDouble(1.5e-7));
        assertEquals("0.0001", LanguagePrimitives.formatDouble(1e-4));
        assertEquals("-2.5", LanguagePrimitives.formatDouble(-2.5));
        assertEquals("Infinity", LanguagePrimitives.formatDouble(Double.POSITIVE_INFINITY));
        assertEquals("NaN", LanguagePrimitives.formatDouble(Double.NaN));
    }

    @Test
    void valuesConvertToStringAsPowerShellShowsThem() {
        assertEquals("", LanguagePrimitives.toStringValue(null));
        assertEquals("True", LanguagePrimitives.toStringValue(true));
        assertEquals("1 2 3", LanguagePrimitives.toStringValue(new Object[]{1, 2, 3}));
        assertEquals("1.50", LanguagePrimitives.toStringValue(new BigDecimal("1.50")));
    }

    @Test
    void intConversionRoundsHalfToEven() {
        assertEquals(2, LanguagePrimitives.toInt(2.5));
        assertEquals(4, LanguagePrimitives.toInt(3.5));
        assertEquals(-2, LanguagePrimitives.toInt(-2.5));
        assertEquals(12, LanguagePrimitives.toInt(" 12 "));
        assertEquals(0, LanguagePrimitives.toInt(null));
    }

    @Test
    void nonNumericStringsDoNotConvert() {
        PSInvalidCastException e = assertThrows(PSInvalidCastException.class, () -> LanguagePrimitives.toInt("abc"));
        assertEquals("InvalidCastFromStringToInteger", e.errorId());
        assertThrows(PSInvalidCastException.class, () -> LanguagePrimitives.toInt(1e12));
    }
}
