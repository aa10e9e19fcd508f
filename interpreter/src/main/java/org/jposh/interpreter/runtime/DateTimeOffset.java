package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.DATE_TIME;
import static org.jposh.interpreter.runtime.CoreTypes.DAY_OF_WEEK;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.TIME_SPAN;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System.DateTimeOffset: a clock time and its offset from UTC, one instant. Now, UtcNow, FromUnixTimeSeconds and
 * FromUnixTimeMilliseconds, ToUnixTimeSeconds/Milliseconds, Parse (as DateTime.Parse reads the text, its offset
 * kept), the DateTime, UtcDateTime and LocalDateTime views, Offset, the date parts, Add*, ToOffset,
 * ToUniversalTime, ToLocalTime, ToString with the offset written ({@code zzz}). Equality and order are those of
 * the instant, as in .NET.
 */
public final class DateTimeOffset implements DotNetTyped, Comparable<DateTimeOffset> {
    public static final DotNetType TYPE = CoreTypes.define("System", "DateTimeOffset", DateTimeOffset.class,
            DateTimeOffset::defineMembers);
    private static final long MAX_OFFSET_TICKS = 14 * TimeSpan.TICKS_PER_HOUR;
    private static final Pattern TRAILING_OFFSET = Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})\\s*$");

    static {
        CoreTypes.register(TYPE);
    }

    private final LocalDateTime clock;
    private final ZoneOffset offset;

    private DateTimeOffset(LocalDateTime clock, ZoneOffset offset) {
        this.clock = clock.withNano(clock.getNano() / 100 * 100);
        this.offset = offset;
    }

    /** new DateTimeOffset(dateTime): a UTC time at offset zero, any other at the local offset of that time. */
    static DateTimeOffset of(DateTime date) {
        if (date.kind() == DateTime.Kind.Utc) {
            return new DateTimeOffset(date.value(), ZoneOffset.UTC);
        }
        return new DateTimeOffset(date.value(), date.value().atZone(ZoneId.systemDefault()).getOffset());
    }

    private static DateTimeOffset of(DateTime date, TimeSpan offsetSpan) {
        ZoneOffset offset = offset(offsetSpan);
        if (date.kind() == DateTime.Kind.Utc && !offset.equals(ZoneOffset.UTC)) {
            throw DotNetException.argument("The UTC Offset for Utc DateTime instances must be 0.", "offset");
        }
        return new DateTimeOffset(date.value(), offset);
    }

    private static ZoneOffset offset(TimeSpan span) {
        long ticks = span.ticks();
        if (ticks % TimeSpan.TICKS_PER_MINUTE != 0) {
            throw DotNetException.argument("Offset must be specified in whole minutes.", "offset");
        }
        if (Math.abs(ticks) > MAX_OFFSET_TICKS) {
            throw DotNetException.argumentOutOfRange("offset", "Offset must be within plus or minus 14 hours.");
        }
        return ZoneOffset.ofTotalSeconds((int) (ticks / TimeSpan.TICKS_PER_SECOND));
    }

    private static DateTimeOffset ofInstant(Instant instant, ZoneOffset offset) {
        return new DateTimeOffset(LocalDateTime.ofInstant(instant, offset), offset);
    }

    private static DateTimeOffset fromUnix(Instant instant) {
        return ofInstant(instant, ZoneOffset.UTC);
    }

    private Instant instant() {
        return clock.toInstant(offset);
    }

    private DateTime dateTime(DateTime.Kind kind) {
        return new DateTime(clock, kind);
    }

    private DateTimeOffset plusTicks(long ticks) {
        return new DateTimeOffset(DateTime.fromTicks(dateTime(DateTime.Kind.Unspecified).ticks() + ticks,
                DateTime.Kind.Unspecified).value(), offset);
    }

    private TimeSpan offsetSpan() {
        return new TimeSpan(offset.getTotalSeconds() * TimeSpan.TICKS_PER_SECOND);
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> of((DateTime) a[0]), param("dateTime", DATE_TIME));
        b.constructor((t, a) -> of((DateTime) a[0], (TimeSpan) a[1]), param("dateTime", DATE_TIME),
                param("offset", TIME_SPAN));
        b.constructor((t, a) -> {
            try {
                return new DateTimeOffset(LocalDateTime.of((Integer) a[0], (Integer) a[1], (Integer) a[2],
                        (Integer) a[3], (Integer) a[4], (Integer) a[5]), offset((TimeSpan) a[6]));
            } catch (DateTimeException e) {
                throw DotNetException.argumentOutOfRange(null,
                        "Year, Month, and Day parameters describe an un-representable DateTime.");
            }
        }, param("year", INT32), param("month", INT32), param("day", INT32), param("hour", INT32),
                param("minute", INT32), param("second", INT32), param("offset", TIME_SPAN));
        b.staticProperty("Now", TYPE, () -> of(DateTime.now()));
        b.staticProperty("UtcNow", TYPE, () -> of(DateTime.utcNow()));
        b.staticField("UnixEpoch", TYPE, () -> fromUnix(Instant.EPOCH));
        b.staticMethod("FromUnixTimeSeconds", TYPE, (t, a) -> fromUnix(Instant.ofEpochSecond((Long) a[0])),
                param("seconds", INT64));
        b.staticMethod("FromUnixTimeMilliseconds", TYPE, (t, a) -> fromUnix(Instant.ofEpochMilli((Long) a[0])),
                param("milliseconds", INT64));
        b.staticMethod("Parse", TYPE, (t, a) -> parse((String) a[0]), param("input", STRING));
        b.method("ToUnixTimeSeconds", INT64, (t, a) -> ((DateTimeOffset) t).instant().getEpochSecond());
        b.method("ToUnixTimeMilliseconds", INT64, (t, a) -> ((DateTimeOffset) t).instant().toEpochMilli());
        b.property("DateTime", DATE_TIME, d -> ((DateTimeOffset) d).dateTime(DateTime.Kind.Unspecified));
        b.property("UtcDateTime", DATE_TIME, d -> new DateTime(LocalDateTime.ofInstant(((DateTimeOffset) d).instant(),
                ZoneOffset.UTC), DateTime.Kind.Utc));
        b.property("LocalDateTime", DATE_TIME, d -> new DateTime(LocalDateTime.ofInstant(((DateTimeOffset) d).instant(),
                ZoneId.systemDefault()), DateTime.Kind.Local));
        b.property("Offset", TIME_SPAN, d -> ((DateTimeOffset) d).offsetSpan());
        b.property("Year", INT32, d -> ((DateTimeOffset) d).clock.getYear());
        b.property("Month", INT32, d -> ((DateTimeOffset) d).clock.getMonthValue());
        b.property("Day", INT32, d -> ((DateTimeOffset) d).clock.getDayOfMonth());
        b.property("Hour", INT32, d -> ((DateTimeOffset) d).clock.getHour());
        b.property("Minute", INT32, d -> ((DateTimeOffset) d).clock.getMinute());
        b.property("Second", INT32, d -> ((DateTimeOffset) d).clock.getSecond());
        b.property("Millisecond", INT32, d -> ((DateTimeOffset) d).clock.getNano() / 1_000_000);
        b.property("DayOfYear", INT32, d -> ((DateTimeOffset) d).clock.getDayOfYear());
        b.property("DayOfWeek", DAY_OF_WEEK, d -> new EnumValue(DAY_OF_WEEK,
                ((DateTimeOffset) d).dateTime(DateTime.Kind.Unspecified).dayOfWeek().ordinal()));
        b.property("Date", DATE_TIME, d -> ((DateTimeOffset) d).dateTime(DateTime.Kind.Unspecified).date());
        b.property("Ticks", INT64, d -> ((DateTimeOffset) d).dateTime(DateTime.Kind.Unspecified).ticks());
        b.property("UtcTicks", INT64, d -> ((DateTimeOffset) d).utcTicks());
        add(b, "AddMilliseconds", TimeSpan.TICKS_PER_MILLISECOND);
        add(b, "AddSeconds", TimeSpan.TICKS_PER_SECOND);
        add(b, "AddMinutes", TimeSpan.TICKS_PER_MINUTE);
        add(b, "AddHours", TimeSpan.TICKS_PER_HOUR);
        add(b, "AddDays", TimeSpan.TICKS_PER_DAY);
        b.method("Add", TYPE, (t, a) -> ((DateTimeOffset) t).plusTicks(((TimeSpan) a[0]).ticks()),
                param("timeSpan", TIME_SPAN));
        b.method("Subtract", TIME_SPAN, (t, a) -> new TimeSpan((((DateTimeOffset) t).utcTicks()
                - ((DateTimeOffset) a[0]).utcTicks())), param("value", TYPE));
        b.method("ToOffset", TYPE, (t, a) -> ofInstant(((DateTimeOffset) t).instant(), offset((TimeSpan) a[0])),
                param("offset", TIME_SPAN));
        b.method("ToUniversalTime", TYPE, (t, a) -> ofInstant(((DateTimeOffset) t).instant(), ZoneOffset.UTC));
        b.method("ToLocalTime", TYPE, (t, a) -> of(new DateTime(LocalDateTime.ofInstant(((DateTimeOffset) t).instant(),
                ZoneId.systemDefault()), DateTime.Kind.Local)));
        b.method("ToString", STRING, (t, a) -> ((DateTimeOffset) t).format(null,
                CultureInfo.current().dateTimeFormat()));
        b.method("ToString", STRING, (t, a) -> ((DateTimeOffset) t).format((String) a[0],
                CultureInfo.current().dateTimeFormat()), param("format", STRING));
        b.method("CompareTo", INT32, (t, a) -> Integer.signum(((DateTimeOffset) t).compareTo(
                (DateTimeOffset) LanguagePrimitives.convertTo(a[0], TYPE))), param("other", OBJECT));
    }

    private static void add(TypeAdapter.Builder b, String name, long ticksPerUnit) {
        b.method(name, TYPE, (t, a) -> ((DateTimeOffset) t).plusTicks(
                Math.round((Double) a[0] * ticksPerUnit)), param("value", DOUBLE));
    }

    /** Text as DateTime.Parse reads it; an offset in it is kept, text without one is at the local offset. */
    private static DateTimeOffset parse(String text) {
        if (text == null) {
            throw DotNetException.argumentNull("input");
        }
        Matcher m = TRAILING_OFFSET.matcher(text.strip());
        DateTime parsed = DateTime.parse(text);
        if (!m.find()) {
            return of(parsed);
        }
        ZoneOffset offset = m.group(1).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(1).length() == 5
                ? m.group(1).substring(0, 3) + ":" + m.group(1).substring(3) : m.group(1));
        return ofInstant(parsed.value().atZone(parsed.kind() == DateTime.Kind.Utc ? ZoneOffset.UTC
                : ZoneId.systemDefault()).toInstant(), offset);
    }

    private long utcTicks() {
        return dateTime(DateTime.Kind.Unspecified).ticks() - offsetSpan().ticks();
    }

    /** {@code ToString(format)}: "G" with the offset after it when no format is given, as .NET writes it. */
    public String format(String format, DateTimeFormatInfo info) {
        DateTime date = dateTime(DateTime.Kind.Unspecified);
        if (format == null || format.isEmpty()) {
            return DateTimeFormat.format(date, offset, "G", info) + " " + DateTimeFormat.format(date, offset, "zzz", info);
        }
        return DateTimeFormat.format(date, offset, format, info);
    }

    /** As PowerShell writes it in strings: the invariant culture's form. */
    @Override
    public String toString() {
        return format(null, DateTimeFormatInfo.INVARIANT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DateTimeOffset d && instant().equals(d.instant());
    }

    @Override
    public int hashCode() {
        return instant().hashCode();
    }

    @Override
    public int compareTo(DateTimeOffset other) {
        return instant().compareTo(other.instant());
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }
}
