package org.jposh.remoting.psrp.clixml;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * The text forms .NET's XmlConvert gives the primitives whose format is not obvious: floating
 * point numbers, dates and durations. Writing them exactly as pwsh does keeps our output
 * byte-identical to a real peer's.
 */
public final class ClixmlFormats {
    private ClixmlFormats() {
    }

    // ---- floating point -------------------------------------------------------------------

    /** A double as XmlConvert.ToString (.NET Core: shortest round-trip digits, "R"). */
    public static String formatDouble(double d) {
        return formatFloating(d, Double.isNaN(d), Double.isInfinite(d), Double.toString(d), 15);
    }

    /** A float as XmlConvert.ToString (.NET Core: shortest round-trip digits, "R"). */
    public static String formatFloat(float f) {
        return formatFloating(f, Float.isNaN(f), Float.isInfinite(f), Float.toString(f), 7);
    }

    /**
     * .NET writes the shortest digits that round-trip (Java's toString finds the same digits) in
     * fixed notation when the decimal exponent is in (-5, precision), else as {@code d.dddE+XX}.
     */
    private static String formatFloating(double value, boolean nan, boolean infinite, String javaText, int precision) {
        if (nan) {
            return "NaN";
        }
        if (infinite) {
            return value > 0 ? "INF" : "-INF";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal bd = new BigDecimal(javaText).stripTrailingZeros();
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent > -5 && exponent < precision) {
            return bd.toPlainString();
        }
        String digits = bd.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (bd.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('E').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }

    public static double parseDouble(String text) {
        String t = text.trim();
        switch (t) {
            case "INF", "Infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-INF", "-Infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "NaN" -> {
                return Double.NaN;
            }
            default -> {
                if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new NumberFormatException(text);
                }
                return Double.parseDouble(t);
            }
        }
    }

    // ---- dates ----------------------------------------------------------------------------

    /**
     * A DateTime as XmlConvert with RoundtripKind writes it: up to seven fraction digits without
     * trailing zeros, then {@code Z} (Kind Utc: an {@link Instant}), {@code +hh:mm} (Kind Local: an
     * {@link OffsetDateTime}) or nothing (Kind Unspecified: a {@link LocalDateTime}).
     */
    public static String formatDateTime(Temporal value) {
        if (value instanceof Instant i) {
            return local(LocalDateTime.ofInstant(i, ZoneOffset.UTC)) + "Z";
        }
        if (value instanceof OffsetDateTime o) {
            return local(o.toLocalDateTime()) + o.getOffset().getId().replace("Z", "+00:00");
        }
        if (value instanceof LocalDateTime l) {
            return local(l);
        }
        throw new IllegalArgumentException("Not a CLIXML date: " + value.getClass().getName());
    }

    private static String local(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(28);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        appendFraction(sb, t.getNano() / 100, 7);
        return sb.toString();
    }

    /** Appends {@code .digits} without trailing zeros, nothing when the fraction is zero. */
    private static void appendFraction(StringBuilder sb, int fraction, int width) {
        if (fraction == 0) {
            return;
        }
        StringBuilder digits = new StringBuilder(width);
        pad(digits, fraction, width);
        int end = width;
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        sb.append('.').append(digits, 0, end);
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    /** Parses what {@link #formatDateTime} writes (any number of fraction digits; beyond 9 are dropped). */
    public static Temporal parseDateTime(String text) {
        String t = text.trim();
        int timeStart = t.indexOf('T');
        if (timeStart < 0) {
            throw new IllegalArgumentException("No time part in " + text);
        }
        String rest = t.substring(timeStart + 1);
        int zone = firstZoneChar(rest);
        String time = zone < 0 ? rest : rest.substring(0, zone);
        int dot = time.indexOf('.');
        int nanos = 0;
        if (dot >= 0) {
            String fraction = (time.substring(dot + 1) + "000000000").substring(0, 9);
            if (!fraction.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("Bad fraction in " + text);
            }
            nanos = Integer.parseInt(fraction);
            time = time.substring(0, dot);
        }
        LocalDateTime local = LocalDateTime.of(LocalDate.parse(t.substring(0, timeStart)), LocalTime.parse(time)).withNano(nanos);
        if (zone < 0) {
            return local;
        }
        String offset = rest.substring(zone);
        if (offset.equals("Z")) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return OffsetDateTime.of(local, ZoneOffset.of(offset));
    }

    private static int firstZoneChar(String time) {
        for (int i = 0; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    // ---- durations ------------------------------------------------------------------------

    private static final long TICKS_PER_SECOND = 10_000_000L;

    /**
     * A TimeSpan as XmlConvert writes it ({@code -P1DT2H3M4.5S}): zero components left out, seven
     * fraction digits at most without trailing zeros, {@code PT0S} for zero. .NET counts in 100 ns
     * ticks, so finer nanoseconds are dropped.
     */
    public static String formatDuration(Duration d) {
        long ticks = d.getSeconds() * TICKS_PER_SECOND + d.getNano() / 100;
        StringBuilder sb = new StringBuilder();
        if (ticks < 0) {
            sb.append('-');
            ticks = -ticks;
        }
        sb.append('P');
        long days = ticks / (86_400 * TICKS_PER_SECOND);
        ticks %= 86_400 * TICKS_PER_SECOND;
        long hours = ticks / (3_600 * TICKS_PER_SECOND);
        ticks %= 3_600 * TICKS_PER_SECOND;
        long minutes = ticks / (60 * TICKS_PER_SECOND);
        ticks %= 60 * TICKS_PER_SECOND;
        long seconds = ticks / TICKS_PER_SECOND;
        int fraction = (int) (ticks % TICKS_PER_SECOND);
        if (days != 0) {
            sb.append(days).append('D');
        }
        if (hours != 0 || minutes != 0 || seconds != 0 || fraction != 0) {
            sb.append('T');
            if (hours != 0) {
                sb.append(hours).append('H');
            }
            if (minutes != 0) {
                sb.append(minutes).append('M');
            }
            if (seconds != 0 || fraction != 0) {
                sb.append(seconds);
                appendFraction(sb, fraction, 7);
                sb.append('S');
            }
        }
        if (sb.charAt(sb.length() - 1) == 'P') {
            sb.append("T0S");
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(-)?P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:\\.(\\d+))?S)?)?");

    /** Parses an xs:duration of days, hours, minutes and seconds (years and months have no fixed length). */
    public static Duration parseDuration(String text) {
        String t = text.trim();
        java.util.regex.Matcher m = DURATION.matcher(t);
        if (!m.matches() || t.endsWith("P") || t.endsWith("T")) {
            throw new IllegalArgumentException("Not a duration of days, hours, minutes and seconds: " + text);
        }
        Duration d = Duration.ofDays(number(m.group(2)))
                .plusHours(number(m.group(3)))
                .plusMinutes(number(m.group(4)))
                .plusSeconds(number(m.group(5)));
        if (m.group(6) != null) {
            d = d.plusNanos(Long.parseLong((m.group(6) + "000000000").substring(0, 9)));
        }
        return m.group(1) != null ? d.negated() : d;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
