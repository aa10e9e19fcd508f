package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** [datetime]"..." and [timespan]"...": the invariant culture's parsing. */
class DateTimeParseTest {

    private static LocalDateTime parse(String s) {
        return DateTime.parse(s).value();
    }

    @Test
    void isoDatesAndTimes() {
        assertEquals(LocalDateTime.of(2024, 1, 5, 0, 0), parse("2024-01-05"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 10, 30, 15), parse("2024-01-05T10:30:15"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 10, 30, 15, 123_400_000), parse("2024-01-05 10:30:15.1234"));
        assertEquals(DateTime.Kind.Unspecified, DateTime.parse("2024-01-05T10:30").kind());
        assertEquals(DateTime.Kind.Local, DateTime.parse("2024-01-05T10:30:00Z").kind());
        assertEquals(LocalDateTime.of(2024, 1, 5, 10, 30),
                DateTime.parse("2024-01-05T10:30:00+02:00").toUniversalTime().value().plusHours(2));
    }

    @Test
    void monthDayYearWithOptionalTimeAndMonthNames() {
        assertEquals(LocalDateTime.of(2024, 1, 5, 15, 4), parse("1/5/2024 3:04 PM"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 0, 4, 5), parse("01/05/2024 12:04:05 AM"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 0, 0), parse("Jan 5, 2024"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 0, 0), parse("5 January 2024"));
        assertEquals(LocalDateTime.of(2024, 1, 5, 15, 4, 5), parse("Friday, January 5, 2024 3:04:05 PM"));
        assertEquals(LocalDateTime.of(2024, 12, 31, 0, 0), parse("2024/12/31"));
        assertEquals(LocalDateTime.of(2030, 3, 4, 0, 0), parse("3/4/30"));
        assertEquals(LocalDate.now().atTime(14, 0), parse("14:00"));
    }

    @Test
    void invalidDatesAreFormatExceptions() {
        assertEquals("String '13/45/2024' was not recognized as a valid DateTime.",
                assertThrows(DotNetException.class, () -> DateTime.parse("13/45/2024")).getMessage());
        assertEquals("The string 'soon' was not recognized as a valid DateTime. There is an unknown word starting at "
                + "index '0'.", assertThrows(DotNetException.class, () -> DateTime.parse("soon")).getMessage());
    }

    @Test
    void timeSpansParseInTheConstantFormat() {
        assertEquals(TimeSpan.of(1, 2, 3, 4, 500), TimeSpan.parse("1.02:03:04.5"));
        assertEquals(TimeSpan.of(0, 1, 30, 0, 0), TimeSpan.parse("01:30"));
        assertEquals(TimeSpan.of(3, 0, 0, 0, 0), TimeSpan.parse("3"));
        assertEquals(TimeSpan.of(0, -1, 0, 0, 0), TimeSpan.parse("-1:00"));
        assertEquals("String was not recognized as a valid TimeSpan.",
                assertThrows(DotNetException.class, () -> TimeSpan.parse("abc")).getMessage());
        assertEquals("System.OverflowException",
                assertThrows(DotNetException.class, () -> TimeSpan.parse("25:00")).typeName());
    }
}
