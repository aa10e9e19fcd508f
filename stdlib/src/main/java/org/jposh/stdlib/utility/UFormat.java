package org.jposh.stdlib.utility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.IsoFields;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.DateTimeFormat;
import org.jposh.interpreter.runtime.TimeSpan;

/** Get-Date -UFormat: Unix {@code date +FORMAT} specifiers, as pwsh maps them onto .NET's en-US formats. */
final class UFormat {
    private static final long UNIX_EPOCH_TICKS = 621355968000000000L;

    private UFormat() {
    }

    static String format(DateTime date, String uformat) {
        StringBuilder sb = new StringBuilder();
        int start = uformat.startsWith("+") ? 1 : 0;
        for (int i = start; i < uformat.length(); i++) {
            char c = uformat.charAt(i);
            if (c != '%' || i + 1 >= uformat.length()) {
                sb.append(c);
                continue;
            }
            sb.append(specifier(date, uformat.charAt(++i)));
        }
        return sb.toString();
    }

    private static String specifier(DateTime date, char c) {
        var v = date.value();
        return switch (c) {
            case 'A' -> net(date, "dddd");
            case 'a' -> net(date, "ddd");
            case 'B' -> net(date, "MMMM");
            case 'b', 'h' -> net(date, "MMM");
            case 'C' -> Integer.toString(v.getYear() / 100);
            case 'c' -> net(date, "ddd dd MMM yyyy HH:mm:ss");
            case 'D', 'x' -> net(date, "MM/dd/yy");
            case 'd' -> net(date, "dd");
            case 'e' -> padLeft(Integer.toString(v.getDayOfMonth()));
            case 'F' -> net(date, "yyyy-MM-dd");
            case 'G' -> String.format("%04d", v.get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> String.format("%02d", v.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'H' -> net(date, "HH");
            case 'I' -> net(date, "hh");
            case 'j' -> String.format("%03d", v.getDayOfYear());
            case 'k' -> padLeft(Integer.toString(v.getHour()));
            case 'l' -> padLeft(net(date, "%h"));
            case 'M' -> net(date, "mm");
            case 'm' -> net(date, "MM");
            case 'n' -> "\n";
            case 'p' -> net(date, "tt");
            case 'R' -> net(date, "HH:mm");
            case 'r' -> net(date, "hh:mm:ss tt");
            case 'S' -> net(date, "ss");
            case 's' -> unixSeconds(date);
            case 'T', 'X' -> net(date, "HH:mm:ss");
            case 't' -> "\t";
            case 'U', 'W' -> Integer.toString(v.getDayOfYear() / 7);
            case 'u' -> Integer.toString(v.getDayOfWeek().getValue());
            case 'V' -> String.format("%02d", v.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'w' -> Integer.toString(v.getDayOfWeek().getValue() % 7);
            case 'Y' -> net(date, "yyyy");
            case 'y' -> net(date, "yy");
            case 'Z' -> net(date, "zz");
            default -> String.valueOf(c);
        };
    }

    private static String net(DateTime date, String pattern) {
        return DateTimeFormat.format(date, pattern, false);
    }

    private static String padLeft(String text) {
        return text.length() >= 2 ? text : " " + text;
    }

    /** {@code {0:0}} of the seconds since the epoch in UTC: rounded half away from zero. */
    private static String unixSeconds(DateTime date) {
        long ticks = date.toUniversalTime().ticks() - UNIX_EPOCH_TICKS;
        return BigDecimal.valueOf(ticks).divide(BigDecimal.valueOf(TimeSpan.TICKS_PER_SECOND))
                .setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
