package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** .NET numeric, date and composite formatting as pwsh shows it in en-US (the -f operator). */
class FormattingTest {

    private static String f(Object value, String format) {
        return CompositeFormatter.formatValue(value, format);
    }

    private static final DateTime DATE = new DateTime(LocalDateTime.of(2024, 1, 5, 15, 4, 5, 123_000_000),
            DateTime.Kind.Unspecified);

    @Test
    void standardNumericFormats() {
        assertEquals("1,234.57", f(1234.5678, "N2"));
        assertEquals("1,235", f(1234.5678, "N0"));
        assertEquals("-1,234.5", f(-1234.5, "N1"));
        assertEquals("1,234.00", f(1234, "N"));
        assertEquals("00042", f(42, "D5"));
        assertEquals("-00042", f(-42, "D5"));
        assertEquals("FF", f(255, "X"));
        assertEquals("00ff", f(255, "x4"));
        assertEquals("FFFFFFFF", f(-1, "X"));
        assertEquals("FFFFFFFFFFFFFFFF", f(-1L, "X"));
        assertEquals("$1,234.50", f(1234.5, "C"));
        assertEquals("-$1,234.50", f(-1234.5, "C"));
        assertEquals("25.6%", f(0.256, "P1"));
        assertEquals("50.00%", f(0.5, "P"));
        assertEquals("1.23E+003", f(1234.5678, "E2"));
        assertEquals("1.23e+003", f(1234.5678, "e2"));
        assertEquals("1.234568E+003", f(1234.5678, "E"));
        assertEquals("3.14", f(3.14159, "F"));
        assertEquals("3.142", f(3.14159, "F3"));
        assertEquals("5.00", f(5, "F"));
        assertEquals("1010", f(10, "B"));
    }

    @Test
    void roundingIsHalfAwayFromZeroOnTheExactValue() {
        assertEquals("3", f(2.5, "F0"));
        assertEquals("-3", f(-2.5, "N0"));
        assertEquals("0.13", f(0.125, "F2"));
        assertEquals("1.00", f(1.005, "F2"));
        assertEquals("3", f(new BigDecimal("2.5"), "F0"));
    }

    @Test
    void generalAndRoundTripFormats() {
        assertEquals("1234.5678", f(1234.5678, "G"));
        assertEquals("1.23E+03", f(1234.5678, "G3"));
        assertEquals("0.00012", f(0.0001234, "G2"));
        assertEquals("0.30000000000000004", f(0.1 + 0.2, null));
        assertEquals("0.30000000000000004", f(0.1 + 0.2, "R"));
        assertEquals("1E+20", f(1e20, null));
        assertEquals("123456789", f(123456789.0, null));
        assertEquals("1E-05", f(0.00001, null));
        assertEquals("1.50", f(new BigDecimal("1.50"), null));
        assertEquals("12345", f(12345, "G"));
        assertEquals("1.2E+04", f(12345, "G2"));
        assertEquals("\u221E", f(Double.POSITIVE_INFINITY, null));
        assertEquals("NaN", f(Double.NaN, "N2"));
        assertEquals("0.1", f(0.1f, null));
    }

    @Test
    void integerOnlyFormatsRejectFloatingValues() {
        DotNetException e = assertThrows(DotNetException.class, () -> f(1.5, "D"));
        assertEquals("System.FormatException", e.typeName());
        assertEquals("Format specifier was invalid.", e.getMessage());
        assertThrows(DotNetException.class, () -> f(1.5, "X"));
        assertThrows(DotNetException.class, () -> f(1, "Q"));
    }

    @Test
    void customNumericFormats() {
        assertEquals("1234.50", f(1234.5, "0.00"));
        assertEquals("1,234,567", f(1234567, "#,##0"));
        assertEquals("25%", f(0.25, "0%"));
        assertEquals("005", f(5, "000"));
        assertEquals("1.5", f(1.5, "#.##"));
        assertEquals("", f(0, "#.##"));
        assertEquals("0.5", f(0.5, "0.##"));
        assertEquals("(5)", f(-5, "0;(0)"));
        assertEquals("zero", f(0, "0;(0);zero"));
        assertEquals("-5", f(-5, "0"));
        assertEquals("1.23E+04", f(12345, "0.00E+00"));
        assertEquals("1.2", f(1.2, "0.0#"));
        assertEquals("1.23", f(1.234, "0.0#"));
        assertEquals("#5", f(5, "'#'0"));
        assertEquals("3", f(2.5, "0"));
        assertEquals("1,235K", f(1234567, "#,##0,K"));
        assertEquals("0.30000000000000", f(0.1 + 0.2, "0.00000000000000"));
    }

    @Test
    void standardDateFormatsInEnUs() {
        assertEquals("1/5/2024", f(DATE, "d"));
        assertEquals("Friday, January 5, 2024", f(DATE, "D"));
        assertEquals("3:04 PM", f(DATE, "t"));
        assertEquals("3:04:05 PM", f(DATE, "T"));
        assertEquals("Friday, January 5, 2024 3:04 PM", f(DATE, "f"));
        assertEquals("Friday, January 5, 2024 3:04:05 PM", f(DATE, "F"));
        assertEquals("1/5/2024 3:04 PM", f(DATE, "g"));
        assertEquals("1/5/2024 3:04:05 PM", f(DATE, "G"));
        assertEquals("1/5/2024 3:04:05 PM", f(DATE, null));
        assertEquals("January 5", f(DATE, "M"));
        assertEquals("January 2024", f(DATE, "y"));
        assertEquals("2024-01-05T15:04:05", f(DATE, "s"));
        assertEquals("2024-01-05T15:04:05.1230000", f(DATE, "o"));
        assertEquals("2024-01-05 15:04:05Z", f(DATE, "u"));
        assertEquals("Fri, 05 Jan 2024 15:04:05 GMT", f(DATE, "r"));
        DateTime utc = new DateTime(DATE.value(), DateTime.Kind.Utc);
        assertEquals("2024-01-05T15:04:05.1230000Z", f(utc, "o"));
        assertEquals("Friday, January 5, 2024 3:04:05 PM", f(utc, "U"));
    }

    @Test
    void customDateFormats() {
        assertEquals("2024-01-05 15:04:05", f(DATE, "yyyy-MM-dd HH:mm:ss"));
        assertEquals("Fri Jan 5", f(DATE, "ddd MMM d"));
        assertEquals("03:04 PM", f(DATE, "hh:mm tt"));
        assertEquals("123", f(DATE, "fff"));
        assertEquals("1", f(DATE, "%F"));
        assertEquals("15h", f(DATE, "HH\\h"));
        assertEquals("Day 5", f(DATE, "'Day' d"));
        assertEquals("24", f(DATE, "yy"));
        assertEquals("5", f(DATE, "%d"));
        assertEquals("P", f(DATE, "%t"));
        assertEquals("15:04:05", f(new DateTime(LocalDateTime.of(2024, 1, 5, 15, 4, 5), DateTime.Kind.Unspecified),
                "HH:mm:ss.FFF"));
    }

    @Test
    void timeSpanFormats() {
        TimeSpan span = TimeSpan.of(1, 2, 3, 4, 500);
        assertEquals("1.02:03:04.5000000", f(span, null));
        assertEquals("01:30:00", f(TimeSpan.of(0, 0, 90, 0, 0), null));
        assertEquals("-00:00:01", f(TimeSpan.of(0, 0, 0, -1, 0), null));
        assertEquals("1:2:03:04.5", f(span, "g"));
        assertEquals("1:02:03:04.5000000", f(span, "G"));
        assertEquals("02:03", f(span, "hh\\:mm"));
        assertEquals("1", f(span, "%d"));
        assertThrows(DotNetException.class, () -> f(span, "hh:mm"));
    }

    @Test
    void guidFormats() {
        UUID g = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertEquals("0f8fad5b-d9cb-469f-a165-70867728950e", f(g, null));
        assertEquals("0f8fad5bd9cb469fa16570867728950e", f(g, "N"));
        assertEquals("{0f8fad5b-d9cb-469f-a165-70867728950e}", f(g, "B"));
    }

    @Test
    void compositeFormattingAlignsAndEscapes() {
        assertEquals("a         |", CompositeFormatter.format("{0,-10}|", new Object[] {"a"}));
        assertEquals("    a|", CompositeFormatter.format("{0,5}|", new Object[] {"a"}));
        assertEquals("{literal} 1", CompositeFormatter.format("{{literal}} {0}", new Object[] {1}));
        assertEquals("  1.50", CompositeFormatter.format("{0,6:N2}", new Object[] {1.5}));
        assertEquals("b a b", CompositeFormatter.format("{1} {0} {1}", new Object[] {"a", "b"}));
        assertEquals(" True,  x", CompositeFormatter.format("{0,5},{1,3}", new Object[] {true, 'x'}));
    }

    @Test
    void malformedCompositeFormatsRaiseFormatExceptions() {
        assertEquals("Input string was not in a correct format. Failure to parse near offset 1. Expected an ASCII digit.",
                assertThrows(DotNetException.class, () -> CompositeFormatter.format("{a}", new Object[] {1})).getMessage());
        assertEquals("Input string was not in a correct format. Failure to parse near offset 0. "
                + "Unexpected closing brace without a corresponding opening brace.",
                assertThrows(DotNetException.class, () -> CompositeFormatter.format("}", new Object[0])).getMessage());
        assertEquals("Input string was not in a correct format. Failure to parse near offset 2. Format item ends prematurely.",
                assertThrows(DotNetException.class, () -> CompositeFormatter.format("{0", new Object[] {1})).getMessage());
    }

    @Test
    void formatOperatorSpreadsOnlyObjectArrays() {
        assertEquals("1-2", FormatOperator.format("{0}-{1}", new Object[] {1, 2}));
        assertEquals("System.Int32[]", FormatOperator.format("{0}", new Integer[] {1, 2}));
        assertEquals("", FormatOperator.format("{0}", null));
        assertEquals("0.30000000000000004", FormatOperator.format("{0}", 0.1 + 0.2));
        assertEquals("2024-01-05", FormatOperator.format("{0:yyyy-MM-dd}", DATE));
        assertEquals("@{a=1}", FormatOperator.format("{0}", PSObject.fromDictionary(orderedA())));
        assertEquals("Value: 042", FormatOperator.format("Value: {0:D3}", 42));
    }

    @Test
    void formatOperatorErrorsAreFormatErrors() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> FormatOperator.format("{1}", 1));
        assertEquals("FormatError", e.errorId());
        assertEquals("Error formatting a string: Index (zero based) must be greater than or equal to zero and less "
                + "than the size of the argument list..", e.getMessage());
        PSRuntimeException specifier = assertThrows(PSRuntimeException.class, () -> FormatOperator.format("{0:D}", 1.5));
        assertEquals("Error formatting a string: Format specifier was invalid..", specifier.getMessage());
    }

    private static OrderedDictionary orderedA() {
        OrderedDictionary d = new OrderedDictionary();
        d.put("a", 1);
        return d;
    }
}
