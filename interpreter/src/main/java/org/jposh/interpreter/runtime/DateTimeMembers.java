package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.DATE_TIME;
import static org.jposh.interpreter.runtime.CoreTypes.DATE_TIME_KIND;
import static org.jposh.interpreter.runtime.CoreTypes.DAY_OF_WEEK;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.TIME_SPAN;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.time.LocalDateTime;
import java.time.Year;

/**
 * System.DateTime's members: Now, UtcNow, Today, the date and time parts, DayOfWeek, Kind, AddX,
 * Subtract, ToUniversalTime, ToLocalTime, ToString(format), Parse, TryParse, IsLeapYear, DaysInMonth
 * and the constructors.
 */
final class DateTimeMembers {
    private DateTimeMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.staticProperty("Now", DATE_TIME, DateTime::now);
        b.staticProperty("UtcNow", DATE_TIME, DateTime::utcNow);
        b.staticProperty("Today", DATE_TIME, () -> DateTime.now().date());
        b.staticField("MinValue", DATE_TIME, () -> DateTime.fromTicks(0, DateTime.Kind.Unspecified));
        b.staticField("MaxValue", DATE_TIME, () -> DateTime.fromTicks(3155378975999999999L,
                DateTime.Kind.Unspecified));
        b.property("Year", INT32, d -> value(d).getYear());
        b.property("Month", INT32, d -> value(d).getMonthValue());
        b.property("Day", INT32, d -> value(d).getDayOfMonth());
        b.property("Hour", INT32, d -> value(d).getHour());
        b.property("Minute", INT32, d -> value(d).getMinute());
        b.property("Second", INT32, d -> value(d).getSecond());
        b.property("Millisecond", INT32, d -> value(d).getNano() / 1_000_000);
        b.property("DayOfYear", INT32, d -> value(d).getDayOfYear());
        b.property("Ticks", INT64, d -> ((DateTime) d).ticks());
        b.property("DayOfWeek", DAY_OF_WEEK, d -> new EnumValue(DAY_OF_WEEK, ((DateTime) d).dayOfWeek().ordinal()));
        b.property("Kind", DATE_TIME_KIND, d -> new EnumValue(DATE_TIME_KIND, ((DateTime) d).kind().ordinal()));
        b.property("Date", DATE_TIME, d -> ((DateTime) d).date());
        b.property("TimeOfDay", TIME_SPAN, d -> ((DateTime) d).timeOfDay());
        add(b, "AddDays", TimeSpan.TICKS_PER_DAY);
        add(b, "AddHours", TimeSpan.TICKS_PER_HOUR);
        add(b, "AddMinutes", TimeSpan.TICKS_PER_MINUTE);
        add(b, "AddSeconds", TimeSpan.TICKS_PER_SECOND);
        add(b, "AddMilliseconds", TimeSpan.TICKS_PER_MILLISECOND);
        b.method("AddTicks", DATE_TIME, (t, a) -> ((DateTime) t).addTicks((Long) a[0]), param("value", INT64));
        b.method("AddMonths", DATE_TIME, (t, a) -> ((DateTime) t).addMonths((Integer) a[0]), param("months", INT32));
        b.method("AddYears", DATE_TIME, (t, a) -> ((DateTime) t).addYears((Integer) a[0]), param("value", INT32));
        b.method("Add", DATE_TIME, (t, a) -> ((DateTime) t).add((TimeSpan) a[0]), param("value", TIME_SPAN));
        b.method("Subtract", TIME_SPAN, (t, a) -> ((DateTime) t).subtract((DateTime) a[0]), param("value", DATE_TIME));
        b.method("Subtract", DATE_TIME, (t, a) -> ((DateTime) t).add(((TimeSpan) a[0]).negate()),
                param("value", TIME_SPAN));
        b.method("ToUniversalTime", DATE_TIME, (t, a) -> ((DateTime) t).toUniversalTime());
        b.method("ToLocalTime", DATE_TIME, (t, a) -> ((DateTime) t).toLocalTime());
        b.method("ToString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, null, false));
        b.method("ToString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, (String) a[0], false),
                param("format", STRING));
        b.method("ToString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, null,
                CultureInfo.dateTimeFormat(a[0])), param("provider", CoreTypes.IFORMAT_PROVIDER));
        b.method("ToString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, (String) a[0],
                CultureInfo.dateTimeFormat(a[1])), param("format", STRING), param("provider", CoreTypes.IFORMAT_PROVIDER));
        // types.ps1xml's script property; Get-Date's DisplayHint note, which it also reads, is the format view's.
        b.property("DateTime", STRING, t -> DateTimeFormat.format((DateTime) t, "D", false) + " "
                + DateTimeFormat.format((DateTime) t, "T", false));
        b.method("ToShortDateString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, "d", false));
        b.method("ToLongDateString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, "D", false));
        b.method("ToShortTimeString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, "t", false));
        b.method("ToLongTimeString", STRING, (t, a) -> DateTimeFormat.format((DateTime) t, "T", false));
        b.method("CompareTo", INT32, (t, a) -> Integer.signum(((DateTime) t).compareTo(
                (DateTime) LanguagePrimitives.convertTo(a[0], DATE_TIME))), param("value", OBJECT));
        b.staticMethod("Parse", DATE_TIME, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("s");
            }
            return DateTime.parse((String) a[0], CultureInfo.current().dateTimeFormat());
        }, param("s", STRING));
        b.staticMethod("Parse", DATE_TIME, (t, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("s");
            }
            return DateTime.parse((String) a[0], CultureInfo.dateTimeFormat(a[1]));
        }, param("s", STRING), param("provider", CoreTypes.IFORMAT_PROVIDER));
        b.staticMethod("TryParse", BOOLEAN, (t, a) -> {
            try {
                ((PSReference) a[1]).setValue(DateTime.parse((String) a[0], CultureInfo.current().dateTimeFormat()));
                return true;
            } catch (DotNetException | NullPointerException e) {
                ((PSReference) a[1]).setValue(DateTime.fromTicks(0, DateTime.Kind.Unspecified));
                return false;
            }
        }, param("s", STRING), param("result", PS_REFERENCE));
        defineParseExact(b);
        b.staticMethod("IsLeapYear", BOOLEAN, (t, a) -> Year.isLeap((Integer) a[0]), param("year", INT32));
        b.staticMethod("DaysInMonth", INT32, (t, a) -> java.time.YearMonth.of((Integer) a[0], (Integer) a[1])
                .lengthOfMonth(), param("year", INT32), param("month", INT32));
        b.staticMethod("SpecifyKind", DATE_TIME, (t, a) -> new DateTime(value(a[0]),
                DateTime.Kind.values()[(int) ((EnumValue) a[1]).value()]), param("value", DATE_TIME),
                param("kind", DATE_TIME_KIND));
        b.constructor((t, a) -> DateTime.fromTicks((Long) a[0], DateTime.Kind.Unspecified), param("ticks", INT64));
        b.constructor((t, a) -> of(a, 3), param("year", INT32), param("month", INT32), param("day", INT32));
        b.constructor((t, a) -> of(a, 6), param("year", INT32), param("month", INT32), param("day", INT32),
                param("hour", INT32), param("minute", INT32), param("second", INT32));
        b.constructor((t, a) -> of(a, 7), param("year", INT32), param("month", INT32), param("day", INT32),
                param("hour", INT32), param("minute", INT32), param("second", INT32), param("millisecond", INT32));
        b.constructor((t, a) -> withKind(of(a, 6), a[6]), param("year", INT32), param("month", INT32),
                param("day", INT32), param("hour", INT32), param("minute", INT32), param("second", INT32),
                param("kind", DATE_TIME_KIND));
        b.constructor((t, a) -> withKind(of(a, 7), a[7]), param("year", INT32), param("month", INT32),
                param("day", INT32), param("hour", INT32), param("minute", INT32), param("second", INT32),
                param("millisecond", INT32), param("kind", DATE_TIME_KIND));
    }

    private static DateTime withKind(DateTime date, Object kind) {
        return new DateTime(date.value(), DateTime.Kind.values()[(int) ((EnumValue) kind).value()]);
    }

    private static LocalDateTime value(Object date) {
        return ((DateTime) date).value();
    }

    private static void add(TypeAdapter.Builder b, String name, long ticksPerUnit) {
        b.method(name, DATE_TIME, (t, a) -> ((DateTime) t).add(TimeSpan.fromUnits((Double) a[0], ticksPerUnit)),
                param("value", DOUBLE));
    }

    private static DateTime of(Object[] a, int parts) {
        int[] v = new int[7];
        for (int i = 0; i < parts; i++) {
            v[i] = (Integer) a[i];
        }
        try {
            return new DateTime(LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6] * 1_000_000),
                    DateTime.Kind.Unspecified);
        } catch (java.time.DateTimeException e) {
            throw DotNetException.argumentOutOfRange(null,
                    "Year, Month, and Day parameters describe an un-representable DateTime.");
        }
    }

    /** ParseExact and TryParseExact with one format or several, with and without DateTimeStyles. */
    private static void defineParseExact(TypeAdapter.Builder b) {
        DotNetType styles = DateTimeExactParser.DATE_TIME_STYLES;
        DotNetType provider = CoreTypes.IFORMAT_PROVIDER;
        b.staticMethod("ParseExact", DATE_TIME, (t, a) -> parseExact(a[0], new String[] {(String) a[1]}, a[2], null),
                param("s", STRING), param("format", STRING), param("provider", provider));
        b.staticMethod("ParseExact", DATE_TIME, (t, a) -> parseExact(a[0], new String[] {(String) a[1]}, a[2], a[3]),
                param("s", STRING), param("format", STRING), param("provider", provider), param("style", styles));
        b.staticMethod("ParseExact", DATE_TIME, (t, a) -> parseExact(a[0], (String[]) a[1], a[2], a[3]),
                param("s", STRING), param("formats", CoreTypes.STRING_ARRAY), param("provider", provider),
                param("style", styles));
        b.staticMethod("TryParseExact", BOOLEAN, (t, a) -> tryParseExact(a[0], new String[] {(String) a[1]}, a[2], a[3],
                (PSReference) a[4]), param("s", STRING), param("format", STRING), param("provider", provider),
                param("style", styles), param("result", PS_REFERENCE));
        b.staticMethod("TryParseExact", BOOLEAN, (t, a) -> tryParseExact(a[0], (String[]) a[1], a[2], a[3],
                (PSReference) a[4]), param("s", STRING), param("formats", CoreTypes.STRING_ARRAY),
                param("provider", provider), param("style", styles), param("result", PS_REFERENCE));
    }

    private static DateTime parseExact(Object s, String[] formats, Object provider, Object styles) {
        return DateTimeExactParser.parse((String) s, formats, CultureInfo.dateTimeFormat(provider),
                styles == null ? 0 : (int) ((EnumValue) styles).value());
    }

    private static boolean tryParseExact(Object s, String[] formats, Object provider, Object styles,
                                         PSReference result) {
        try {
            result.setValue(parseExact(s, formats, provider, styles));
            return true;
        } catch (DotNetException e) {
            result.setValue(DateTime.fromTicks(0, DateTime.Kind.Unspecified));
            return false;
        }
    }
}
