package org.jposh.interpreter.runtime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System.DateTime: a wall-clock date and time with .NET's tick precision (100 ns) and its Kind
 * (Unspecified, Utc or Local). Like .NET, equality and order compare the ticks only, not the kind.
 */
public final class DateTime implements Comparable<DateTime> {
    /** System.DateTimeKind, in .NET's order. */
    public enum Kind { Unspecified, Utc, Local }

    /** System.DayOfWeek, in .NET's order (Sunday is 0). */
    public enum DayOfWeek { Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday }

    private static final LocalDateTime EPOCH = LocalDateTime.of(1, 1, 1, 0, 0);
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,7})\\d*)?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7})\\d*)?)?(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final LocalDateTime value;
    private final Kind kind;

    public DateTime(LocalDateTime value, Kind kind) {
        this.value = value.withNano(value.getNano() / 100 * 100);
        this.kind = kind;
    }

    /** DateTime.Now: local time, Kind Local. */
    public static DateTime now() {
        return new DateTime(LocalDateTime.now(), Kind.Local);
    }

    public static DateTime utcNow() {
        return new DateTime(LocalDateTime.now(ZoneOffset.UTC), Kind.Utc);
    }

    /** new DateTime(ticks): ticks of 100 ns since 0001-01-01, Kind Unspecified. */
    public static DateTime fromTicks(long ticks, Kind kind) {
        if (ticks < 0 || ticks > 3155378975999999999L) {
            throw DotNetException.argumentOutOfRange("ticks",
                    "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
        }
        return new DateTime(EPOCH.plusSeconds(ticks / TimeSpan.TICKS_PER_SECOND)
                .plusNanos(ticks % TimeSpan.TICKS_PER_SECOND * 100), kind);
    }

    public LocalDateTime value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    public long ticks() {
        return ChronoUnit.SECONDS.between(EPOCH, value.withNano(0)) * TimeSpan.TICKS_PER_SECOND + value.getNano() / 100;
    }

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.values()[value.getDayOfWeek().getValue() % 7];
    }

    public DateTime date() {
        return new DateTime(value.toLocalDate().atStartOfDay(), kind);
    }

    public TimeSpan timeOfDay() {
        return new TimeSpan(value.toLocalTime().toNanoOfDay() / 100);
    }

    public DateTime addTicks(long ticks) {
        return fromTicks(ticks() + ticks, kind);
    }

    public DateTime add(TimeSpan span) {
        return addTicks(span.ticks());
    }

    public DateTime addMonths(int months) {
        return new DateTime(value.plusMonths(months), kind);
    }

    public DateTime addYears(int years) {
        return new DateTime(value.plusYears(years), kind);
    }

    public TimeSpan subtract(DateTime other) {
        return new TimeSpan(ticks() - other.ticks());
    }

    /** ToUniversalTime: Local and Unspecified times are taken as local time and converted to UTC. */
    public DateTime toUniversalTime() {
        if (kind == Kind.Utc) {
            return this;
        }
        return new DateTime(value.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime(), Kind.Utc);
    }

    /** ToLocalTime: Utc and Unspecified times are taken as UTC and converted to local time. */
    public DateTime toLocalTime() {
        if (kind == Kind.Local) {
            return this;
        }
        return new DateTime(value.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())
                .toLocalDateTime(), Kind.Local);
    }

    /** The offset from UTC of a local time, as the {@code zzz} and {@code K} formats show it. */
    ZoneOffset localOffset() {
        return value.atZone(ZoneId.systemDefault()).getOffset();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateTime d && value.equals(d.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(DateTime other) {
        return value.compareTo(other.value);
    }

    /** DateTime.ToString() in the current culture: {@code 1/5/2024 3:04:05 PM} in en-US. */
    @Override
    public String toString() {
        return DateTimeFormat.format(this, null, false);
    }

    /**
     * DateTime.Parse with the invariant culture, as {@code [datetime]"..."} uses it: ISO 8601 forms
     * (an offset or Z converts to local time), month/day/year with an optional time and AM/PM, and
     * dates with month names. Missing date parts are today's.
     *
     * @throws DotNetException FormatException with .NET's message
     */
    public static DateTime parse(String text) {
        return parse(text, DateTimeFormatInfo.INVARIANT);
    }

    /**
     * {@code [datetime]::Parse(text, culture)}: as {@link #parse(String)}, with the culture's order of day and
     * month ({@code 21.11.2026} in de-DE) and its month and day names.
     */
    public static DateTime parse(String text, DateTimeFormatInfo info) {
        String s = text.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return fromIso(iso, text);
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        long fraction = 0;
        boolean hasTime = false;
        Matcher time = TIME.matcher(s);
        if (time.find()) {
            hasTime = true;
            hour = Integer.parseInt(time.group(1));
            minute = Integer.parseInt(time.group(2));
            second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
            fraction = time.group(4) == null ? 0 : Long.parseLong((time.group(4) + "000000").substring(0, 7));
            if (time.group(5) != null) {
                if (hour < 1 || hour > 12) {
                    throw notRecognized(text);
                }
                boolean pm = time.group(5).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            s = s.substring(0, time.start()) + " ".repeat(time.end() - time.start()) + s.substring(time.end());
        }
        int month = 0;
        Matcher word = WORD.matcher(s);
        while (word.find()) {
            String w = word.group();
            int m = monthOf(w, info);
            if (m > 0 && month == 0) {
                month = m;
            } else if (!isDayName(w, info) && !w.equalsIgnoreCase("T") && !w.equalsIgnoreCase("GMT")
                    && !w.equalsIgnoreCase("UTC")) {
                throw new DotNetException("System.FormatException", "The string '" + text
                        + "' was not recognized as a valid DateTime. There is an unknown word starting at index '"
                        + (text.indexOf(text.strip()) + word.start()) + "'.");
            }
        }
        java.util.List<String> numbers = new java.util.ArrayList<>();
        Matcher number = NUMBER.matcher(s);
        while (number.find()) {
            numbers.add(number.group());
        }
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        int day;
        try {
            if (month > 0) {
                if (numbers.isEmpty() || numbers.size() > 2) {
                    throw notRecognized(text);
                }
                String first = numbers.get(0);
                if (numbers.size() == 2) {
                    boolean firstIsYear = first.length() > 2;
                    day = Integer.parseInt(firstIsYear ? numbers.get(1) : first);
                    year = year(firstIsYear ? first : numbers.get(1));
                } else if (first.length() > 2) {
                    year = year(first);
                    day = 1;
                } else {
                    day = Integer.parseInt(first);
                }
            } else if (numbers.size() == 3) {
                if (numbers.get(0).length() > 2) {
                    year = year(numbers.get(0));
                    month = Integer.parseInt(numbers.get(1));
                    day = Integer.parseInt(numbers.get(2));
                } else {
                    boolean dayFirst = info.dayBeforeMonth();
                    month = Integer.parseInt(numbers.get(dayFirst ? 1 : 0));
                    day = Integer.parseInt(numbers.get(dayFirst ? 0 : 1));
                    year = year(numbers.get(2));
                }
            } else if (numbers.size() == 2) {
                boolean dayFirst = info.dayBeforeMonth();
                month = Integer.parseInt(numbers.get(dayFirst ? 1 : 0));
                day = Integer.parseInt(numbers.get(dayFirst ? 0 : 1));
            } else if (numbers.isEmpty() && hasTime) {
                month = today.getMonthValue();
                day = today.getDayOfMonth();
            } else {
                throw notRecognized(text);
            }
            return new DateTime(LocalDateTime.of(LocalDate.of(year, month, day),
                    LocalTime.of(hour, minute, second)).plusNanos(fraction * 100), Kind.Unspecified);
        } catch (DateTimeException | NumberFormatException e) {
            throw notRecognized(text);
        }
    }

    private static DateTime fromIso(Matcher m, String text) {
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            if (m.group(7) != null) {
                local = local.plusNanos(Long.parseLong((m.group(7) + "000000").substring(0, 7)) * 100);
            }
            String zone = m.group(8);
            if (zone == null) {
                return new DateTime(local, Kind.Unspecified);
            }
            ZoneOffset offset = zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            ZonedDateTime instant = local.atOffset(offset).atZoneSameInstant(ZoneId.systemDefault());
            return new DateTime(instant.toLocalDateTime(), Kind.Local);
        } catch (DateTimeException e) {
            throw notRecognized(text);
        }
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return y <= 49 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static int monthOf(String word, DateTimeFormatInfo info) {
        int month = info.monthOf(word);
        if (month == 0 && info != DateTimeFormatInfo.INVARIANT) {
            month = DateTimeFormatInfo.INVARIANT.monthOf(word);
        }
        return month == 0 && word.equalsIgnoreCase("sept") ? 9 : month;
    }

    private static boolean isDayName(String word, DateTimeFormatInfo info) {
        return info.isDayName(word) || DateTimeFormatInfo.INVARIANT.isDayName(word);
    }

    static DotNetException notRecognized(String text) {
        return DotNetException.format("String '" + text + "' was not recognized as a valid DateTime.");
    }
}
