package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.jposh.interpreter.runtime.DateTime;
import org.junit.jupiter.api.Test;

/** Get-Date -UFormat and -Format's named formats (Get-Date.Tests.ps1). */
class UFormatTest {
    private static final DateTime SAMPLE = new DateTime(LocalDateTime.of(2030, 4, 3, 6, 7, 8), DateTime.Kind.Unspecified);

    @Test
    void specifiers() {
        assertEquals("Wednesday Wed April Apr 20 04/03/30 03  3 2030-04-03 06 06 093  6  6 07 04 AM 06:07 06:07:08 AM 08",
                UFormat.format(SAMPLE, "%A %a %B %b %C %D %d %e %F %H %I %j %k %l %M %m %p %R %r %S"));
        assertEquals("06:07:08 3 13 13 3 04/03/30 06:07:08 2030 30 2030 30 14",
                UFormat.format(SAMPLE, "%T %u %U %W %w %x %X %Y %y %G %g %V"));
        assertEquals("a\nb\tc%", UFormat.format(SAMPLE, "+a%nb%tc%%"));
    }

    @Test
    void unixSeconds() {
        DateTime epochPlus = new DateTime(LocalDateTime.of(1970, 1, 1, 0, 0, 1, 500_000_000), DateTime.Kind.Utc);
        assertEquals("2", UFormat.format(epochPlus, "%s"));
    }

    @Test
    void namedFormats() {
        DateTime date = new DateTime(LocalDateTime.of(2024, 1, 5, 15, 4, 5, 123_456_700), DateTime.Kind.Unspecified);
        assertEquals("20240105", GetDateCommand.format(date, "FileDate"));
        assertEquals("20240105T1504051234", GetDateCommand.format(date, "FileDateTime"));
        assertEquals("Friday, January 5, 2024", GetDateCommand.format(date, "D"));
    }
}
