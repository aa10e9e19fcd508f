package org.jposh.interpreter.runtime;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * .NET's date and time formatting (DateTimeFormat) for a culture ({@link DateTimeFormatInfo}): the
 * current one, or the invariant one that PowerShell's string conversions use; the standard formats
 * (d D f F g G m M o O r R s t T u U y Y) and custom patterns (yyyy-MM-dd HH:mm:ss, dddd, MMM, tt, fff, K, zzz, quoted literals, \ escapes).
 * TimeSpan formats (c g G and custom) are here too.
 */
public final class DateTimeFormat {
    private DateTimeFormat() {
    }

    /**
     * {@code date.ToString(format)}; null or empty format is "G".
     *
     * @param invariant the invariant culture's patterns (MM/dd/yyyy HH:mm:ss) instead of the current culture's
     * @throws DotNetException FormatException for an unknown standard format
     */
    public static String format(DateTime date, String format, boolean invariant) {
        return format(date, format, invariant ? DateTimeFormatInfo.INVARIANT : CultureInfo.current().dateTimeFormat());
    }

    /** {@code date.ToString(format, culture)}: the culture's patterns, names and separators. */
    public static String format(DateTime date, String format, DateTimeFormatInfo info) {
        return format(date, null, format, info);
    }

    /**
     * A DateTimeOffset's {@code ToString(format)}: its clock time, {@code z} and {@code K} writing its offset
     * (null: a DateTime's, from its kind).
     */
    static String format(DateTime date, ZoneOffset offset, String format, DateTimeFormatInfo info) {
        if (format == null || format.isEmpty()) {
            format = "G";
        }
        DateTime value = date;
        if (format.length() == 1) {
            char specifier = format.charAt(0);
            if (specifier == 'U') {
                value = date.toUniversalTime();
                specifier = 'F';
            }
            format = info.standardPattern(specifier);
            if (DateTimeFormatInfo.isCultureFree(specifier)) {
                info = DateTimeFormatInfo.INVARIANT;
            }
        }
        return custom(value, offset, format, info);
    }

    private static String custom(DateTime date, ZoneOffset offset, String format, DateTimeFormatInfo info) {
        LocalDateTime v = date.value();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = repeat(format, i);
            switch (c) {
                case 'd' -> {
                    if (n == 1) {
                        sb.append(v.getDayOfMonth());
                    } else if (n == 2) {
                        pad(sb, v.getDayOfMonth(), 2);
                    } else {
                        sb.append(info.dayName(v.getDayOfWeek().getValue() % 7, n == 3));
                    }
                }
                case 'M' -> {
                    if (n <= 2) {
                        pad(sb, v.getMonthValue(), n);
                    } else {
                        sb.append(info.monthName(v.getMonthValue(), n == 3));
                    }
                }
                case 'y' -> {
                    if (n <= 2) {
                        pad(sb, v.getYear() % 100, n);
                    } else {
                        pad(sb, v.getYear(), n);
                    }
                }
                case 'h' -> pad(sb, v.getHour() % 12 == 0 ? 12 : v.getHour() % 12, Math.min(n, 2));
                case 'H' -> pad(sb, v.getHour(), Math.min(n, 2));
                case 'm' -> pad(sb, v.getMinute(), Math.min(n, 2));
                case 's' -> pad(sb, v.getSecond(), Math.min(n, 2));
                case 'f', 'F' -> {
                    if (n > 7) {
                        throw DotNetException.format("Input string was not in a correct format.");
                    }
                    String digits = String.format(Locale.ROOT, "%07d", v.getNano() / 100).substring(0, n);
                    if (c == 'F') {
                        digits = digits.replaceAll("0+$", "");
                        if (digits.isEmpty() && !sb.isEmpty() && sb.charAt(sb.length() - 1) == '.') {
                            sb.setLength(sb.length() - 1);
                        }
                    }
                    sb.append(digits);
                }
                case 't' -> {
                    String designator = info.designator(v.getHour() >= 12);
                    sb.append(n == 1 && !designator.isEmpty() ? designator.substring(0, 1) : designator);
                }
                case 'K' -> {
                    if (offset != null) {
                        appendOffset(sb, offset, 3);
                    } else if (date.kind() == DateTime.Kind.Utc) {
                        sb.append('Z');
                    } else if (date.kind() == DateTime.Kind.Local) {
                        appendOffset(sb, date.localOffset(), 3);
                    }
                }
                case 'z' -> appendOffset(sb, offset != null ? offset : date.kind() == DateTime.Kind.Utc ? ZoneOffset.UTC
                        : date.localOffset(), Math.min(n, 3));
                case 'g' -> sb.append("A.D.");
                case ':' -> sb.append(info.timeSeparator());
                case '/' -> sb.append(info.dateSeparator());
                case '\'', '"' -> {
                    int end = format.indexOf(c, i + 1);
                    if (end < 0) {
                        throw DotNetException.format("Cannot find a matching quote character for the character '"
                                + c + "'.");
                    }
                    sb.append(format, i + 1, end);
                    n = end - i + 1;
                }
                case '\\' -> {
                    if (i + 1 < format.length()) {
                        sb.append(format.charAt(i + 1));
                    }
                    n = 2;
                }
                case '%' -> n = 1;
                default -> sb.append(format, i, i + n);
            }
            i += n;
        }
        return sb.toString();
    }

    /** How many times the character at {@code i} repeats from there: a specifier's width. */
    static int repeat(String format, int i) {
        char c = format.charAt(i);
        int n = 1;
        while (i + n < format.length() && format.charAt(i + n) == c) {
            n++;
        }
        return n;
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    private static void appendOffset(StringBuilder sb, ZoneOffset offset, int style) {
        int total = offset.getTotalSeconds() / 60;
        sb.append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        if (style == 1) {
            sb.append(total / 60);
        } else {
            pad(sb, total / 60, 2);
            if (style == 3) {
                sb.append(':');
                pad(sb, total % 60, 2);
            }
        }
    }

    /**
     * {@code span.ToString(format)}: "c" (the default, {@code [-][d.]hh:mm:ss[.fffffff]}), "g", "G",
     * or a custom pattern of d, h, m, s, f, F with quoted or escaped literals.
     */
    public static String formatTimeSpan(TimeSpan span, String format) {
        long ticks = span.ticks();
        String sign = ticks < 0 ? "-" : "";
        long abs = Math.abs(ticks);
        long days = abs / TimeSpan.TICKS_PER_DAY;
        long hours = abs / TimeSpan.TICKS_PER_HOUR % 24;
        long minutes = abs / TimeSpan.TICKS_PER_MINUTE % 60;
        long seconds = abs / TimeSpan.TICKS_PER_SECOND % 60;
        long fraction = abs % TimeSpan.TICKS_PER_SECOND;
        if (format == null || format.isEmpty() || format.equals("c") || format.equals("t") || format.equals("T")) {
            return sign + (days > 0 ? days + "." : "") + String.format(Locale.ROOT, "%02d:%02d:%02d", hours, minutes, seconds)
                    + (fraction > 0 ? String.format(Locale.ROOT, ".%07d", fraction) : "");
        } else if (format.equals("g")) {
            String f = fraction > 0 ? String.format(Locale.ROOT, ".%07d", fraction).replaceAll("0+$", "") : "";
            return sign + (days > 0 ? days + ":" : "") + String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds) + f;
        } else if (format.equals("G")) {
            return sign + String.format(Locale.ROOT, "%d:%02d:%02d:%02d.%07d", days, hours, minutes, seconds, fraction);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            int n = repeat(format, i);
            switch (c) {
                case 'd' -> pad(sb, (int) days, n);
                case 'h' -> pad(sb, (int) hours, Math.min(n, 2));
                case 'm' -> pad(sb, (int) minutes, Math.min(n, 2));
                case 's' -> pad(sb, (int) seconds, Math.min(n, 2));
                case 'f', 'F' -> {
                    String digits = String.format(Locale.ROOT, "%07d", fraction).substring(0, Math.min(n, 7));
                    sb.append(c == 'F' ? digits.replaceAll("0+$", "") : digits);
                }
                case '\'', '"' -> {
                    int end = format.indexOf(c, i + 1);
                    if (end < 0) {
                        throw DotNetException.format("Input string was not in a correct format.");
                    }
                    sb.append(format, i + 1, end);
                    n = end - i + 1;
                }
                case '\\' -> {
                    if (i + 1 >= format.length()) {
                        throw DotNetException.format("Input string was not in a correct format.");
                    }
                    sb.append(format.charAt(i + 1));
                    n = 2;
                }
                case '%' -> n = 1;
                default -> throw DotNetException.format("Input string was not in a correct format.");
            }
            i += n;
        }
        return sb.toString();
    }
}
