package org.jposh.interpreter.runtime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * {@code [datetime]::ParseExact(s, format, provider[, styles])}: the text must match the format exactly, with
 * the specifiers {@link DateTimeFormat} writes (standard formats stand for the culture's patterns). Parts the
 * format lacks are the current year's, the first month and day, midnight; a time alone is today's. An offset
 * ({@code zzz}, or {@code K}'s Z) gives the local time of that instant, of kind Local, unless the
 * DateTimeStyles say otherwise (AdjustToUniversal: UTC; RoundtripKind: Z stays UTC); AssumeLocal and
 * AssumeUniversal give text without an offset its kind, and the Allow*White styles skip white space around it.
 */
final class DateTimeExactParser {
    static final DotNetType DATE_TIME_STYLES = CoreTypes.defineEnum("System.Globalization", "DateTimeStyles", true,
            new String[] {"None", "AllowLeadingWhite", "AllowTrailingWhite", "AllowInnerWhite", "AllowWhiteSpaces",
                "NoCurrentDateDefault", "AdjustToUniversal", "AssumeLocal", "AssumeUniversal", "RoundtripKind"},
            new long[] {0, 1, 2, 4, 7, 8, 16, 32, 64, 128});
    private static final int ALLOW_LEADING_WHITE = 1;
    private static final int ALLOW_TRAILING_WHITE = 2;
    private static final int ADJUST_TO_UNIVERSAL = 16;
    private static final int ASSUME_LOCAL = 32;
    private static final int ASSUME_UNIVERSAL = 64;
    private static final int ROUNDTRIP_KIND = 128;

    private final String text;
    private final DateTimeFormatInfo info;
    private int pos;
    private int year = -1;
    private int month = -1;
    private int day = -1;
    private int hour;
    private int minute;
    private int second;
    private long ticks;
    private int pm = -1;
    private boolean twelveHour;
    private ZoneOffset offset;
    /** Whether the offset was K's Z, which RoundtripKind keeps as a UTC time. */
    private boolean zulu;

    private DateTimeExactParser(String text, DateTimeFormatInfo info) {
        this.text = text;
        this.info = info;
    }

    /**
     * @param formats the formats to try in turn; the first the text matches wins
     * @param styles  DateTimeStyles flags
     */
    static DateTime parse(String text, String[] formats, DateTimeFormatInfo info, int styles) {
        if (text == null) {
            throw DotNetException.argumentNull("s");
        }
        if (formats == null) {
            throw DotNetException.argumentNull("formats");
        }
        String s = (styles & ALLOW_LEADING_WHITE) != 0 ? text.stripLeading() : text;
        s = (styles & ALLOW_TRAILING_WHITE) != 0 ? s.stripTrailing() : s;
        DotNetException failure = DateTime.notRecognized(text);
        for (String format : formats) {
            try {
                return parse(s, format, info, styles);
            } catch (DotNetException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private static DateTime parse(String text, String format, DateTimeFormatInfo info, int styles) {
        if (format == null) {
            throw DotNetException.argumentNull("format");
        }
        if (format.isEmpty()) {
            throw DotNetException.format("String '' was not recognized as a valid DateTime.");
        }
        String pattern = format;
        DateTimeFormatInfo culture = info;
        if (format.length() == 1) {
            pattern = info.standardPattern(format.charAt(0));
            if (DateTimeFormatInfo.isCultureFree(format.charAt(0))) {
                culture = DateTimeFormatInfo.INVARIANT;
            }
        }
        return new DateTimeExactParser(text, culture).run(pattern, styles);
    }

    private DateTime run(String format, int styles) {
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = DateTimeFormat.repeat(format, i);
            switch (c) {
                case 'd' -> {
                    if (n <= 2) {
                        day = number(n == 1 ? 1 : 2, 2);
                    } else {
                        name(n == 3 ? 3 : 4, true);
                    }
                }
                case 'M' -> month = n <= 2 ? number(n == 1 ? 1 : 2, 2) : name(n == 3 ? 3 : 4, false);
                case 'y' -> year = n <= 2 ? twoDigitYear(number(n == 1 ? 1 : 2, 2)) : number(n, n);
                case 'h' -> {
                    hour = number(n == 1 ? 1 : 2, 2);
                    twelveHour = true;
                }
                case 'H' -> hour = number(n == 1 ? 1 : 2, 2);
                case 'm' -> minute = number(n == 1 ? 1 : 2, 2);
                case 's' -> second = number(n == 1 ? 1 : 2, 2);
                case 'f', 'F' -> fraction(n, c == 'F');
                case 't' -> designator(n);
                case 'z' -> offset = offset(n);
                case 'K' -> {
                    if (literal("Z") || literal("z")) {
                        offset = ZoneOffset.UTC;
                        zulu = true;
                    } else if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                        offset = offset(3);
                    }
                }
                case ':' -> expect(info.timeSeparator());
                case '/' -> expect(info.dateSeparator());
                case '\'', '"' -> {
                    int end = format.indexOf(c, i + 1);
                    if (end < 0) {
                        throw DotNetException.format("Cannot find a matching quote character for the character '"
                                + c + "'.");
                    }
                    expect(format.substring(i + 1, end));
                    n = end - i + 1;
                }
                case '\\' -> {
                    if (i + 1 < format.length()) {
                        expect(String.valueOf(format.charAt(i + 1)));
                    }
                    n = 2;
                }
                case '%' -> n = 1;
                default -> expect(format.substring(i, i + n));
            }
            i += n;
        }
        if (pos != text.length()) {
            throw DateTime.notRecognized(text);
        }
        return build(styles);
    }

    private DateTime build(int styles) {
        if (twelveHour || pm >= 0) {
            if (twelveHour && (hour < 1 || hour > 12)) {
                throw DateTime.notRecognized(text);
            }
            hour = hour % 12 + (pm == 1 ? 12 : 0);
        }
        LocalDate today = LocalDate.now();
        boolean anyDate = year >= 0 || month >= 0 || day >= 0;
        LocalDateTime value;
        try {
            value = LocalDateTime.of(anyDate ? (year >= 0 ? year : today.getYear()) : today.getYear(),
                    anyDate ? (month >= 0 ? month : 1) : today.getMonthValue(),
                    anyDate ? (day >= 0 ? day : 1) : today.getDayOfMonth(), hour, minute, second, (int) (ticks * 100));
        } catch (DateTimeException e) {
            throw DotNetException.format("The DateTime represented by the string '" + text
                    + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.");
        }
        DateTime result;
        if (offset == null) {
            DateTime.Kind kind = (styles & ASSUME_UNIVERSAL) != 0 ? DateTime.Kind.Utc
                    : (styles & ASSUME_LOCAL) != 0 ? DateTime.Kind.Local : DateTime.Kind.Unspecified;
            result = new DateTime(value, kind);
            if (kind == DateTime.Kind.Utc && (styles & ADJUST_TO_UNIVERSAL) == 0) {
                result = result.toLocalTime();
            }
        } else if ((styles & ROUNDTRIP_KIND) != 0 && offset.equals(ZoneOffset.UTC) && zulu) {
            result = new DateTime(value, DateTime.Kind.Utc);
        } else {
            result = new DateTime(value.atOffset(offset).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
                    DateTime.Kind.Local);
        }
        return (styles & ADJUST_TO_UNIVERSAL) != 0 ? result.toUniversalTime() : result;
    }

    /** Between {@code min} and {@code max} digits, as many as there are. */
    private int number(int min, int max) {
        int start = pos;
        while (pos < text.length() && pos - start < max && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos - start < min) {
            throw DateTime.notRecognized(text);
        }
        return Integer.parseInt(text, start, pos, 10);
    }

    /** .NET's Gregorian calendar puts two-digit years up to 49 in this century. */
    private static int twoDigitYear(int yy) {
        return yy <= 49 ? 2000 + yy : 1900 + yy;
    }

    private void fraction(int n, boolean optional) {
        if (n > 7) {
            throw DotNetException.format("Input string was not in a correct format.");
        }
        int start = pos;
        while (pos < text.length() && pos - start < n && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        int digits = pos - start;
        if (!optional && digits < n) {
            throw DateTime.notRecognized(text);
        }
        ticks = digits == 0 ? 0 : Long.parseLong((text.substring(start, pos) + "0000000").substring(0, 7));
    }

    /** A month name (returns its number) or a day name (checked, returns 0), full or abbreviated. */
    private int name(int n, boolean dayName) {
        int count = dayName ? 7 : 12;
        for (int k = 0; k < count; k++) {
            String name = dayName ? info.dayName(k, n == 3) : info.monthName(k + 1, n == 3);
            if (text.regionMatches(true, pos, name, 0, name.length())) {
                pos += name.length();
                return dayName ? 0 : k + 1;
            }
        }
        throw DateTime.notRecognized(text);
    }

    private void designator(int n) {
        for (int value = 0; value <= 1; value++) {
            String designator = info.designator(value == 1);
            String expected = n == 1 && !designator.isEmpty() ? designator.substring(0, 1) : designator;
            if (!expected.isEmpty() && text.regionMatches(true, pos, expected, 0, expected.length())) {
                pos += expected.length();
                pm = value;
                return;
            }
        }
        throw DateTime.notRecognized(text);
    }

    /** {@code z} (+h), {@code zz} (+hh) or {@code zzz} (+hh:mm). */
    private ZoneOffset offset(int n) {
        if (pos >= text.length() || (text.charAt(pos) != '+' && text.charAt(pos) != '-')) {
            throw DateTime.notRecognized(text);
        }
        int sign = text.charAt(pos++) == '-' ? -1 : 1;
        int hours = number(n == 1 ? 1 : 2, 2);
        int minutes = 0;
        if (n >= 3) {
            expect(":");
            minutes = number(2, 2);
        }
        if (hours > 14 || minutes > 59) {
            throw DateTime.notRecognized(text);
        }
        return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
    }

    private boolean literal(String s) {
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!literal(s)) {
            throw DateTime.notRecognized(text);
        }
    }
}
