package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.TIME_SPAN;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/** System.TimeSpan's members: the parts, the Total values, FromX, Add, Subtract, Negate, Duration, Parse, ToString(format). */
final class TimeSpanMembers {
    private TimeSpanMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.staticField("Zero", TIME_SPAN, () -> TimeSpan.ZERO);
        b.staticField("MaxValue", TIME_SPAN, () -> new TimeSpan(Long.MAX_VALUE));
        b.staticField("MinValue", TIME_SPAN, () -> new TimeSpan(Long.MIN_VALUE));
        b.property("Days", INT32, t -> ((TimeSpan) t).days());
        b.property("Hours", INT32, t -> ((TimeSpan) t).hours());
        b.property("Minutes", INT32, t -> ((TimeSpan) t).minutes());
        b.property("Seconds", INT32, t -> ((TimeSpan) t).seconds());
        b.property("Milliseconds", INT32, t -> ((TimeSpan) t).milliseconds());
        b.property("Ticks", INT64, t -> ((TimeSpan) t).ticks());
        total(b, "TotalDays", TimeSpan.TICKS_PER_DAY);
        total(b, "TotalHours", TimeSpan.TICKS_PER_HOUR);
        total(b, "TotalMinutes", TimeSpan.TICKS_PER_MINUTE);
        total(b, "TotalSeconds", TimeSpan.TICKS_PER_SECOND);
        total(b, "TotalMilliseconds", TimeSpan.TICKS_PER_MILLISECOND);
        from(b, "FromDays", TimeSpan.TICKS_PER_DAY);
        from(b, "FromHours", TimeSpan.TICKS_PER_HOUR);
        from(b, "FromMinutes", TimeSpan.TICKS_PER_MINUTE);
        from(b, "FromSeconds", TimeSpan.TICKS_PER_SECOND);
        from(b, "FromMilliseconds", TimeSpan.TICKS_PER_MILLISECOND);
        b.staticMethod("FromTicks", TIME_SPAN, (t, a) -> new TimeSpan((Long) a[0]), param("value", INT64));
        b.staticMethod("Parse", TIME_SPAN, (t, a) -> TimeSpan.parse((String) a[0]), param("s", STRING));
        b.method("Add", TIME_SPAN, (t, a) -> ((TimeSpan) t).add((TimeSpan) a[0]), param("ts", TIME_SPAN));
        b.method("Subtract", TIME_SPAN, (t, a) -> ((TimeSpan) t).add(((TimeSpan) a[0]).negate()),
                param("ts", TIME_SPAN));
        b.method("Negate", TIME_SPAN, (t, a) -> ((TimeSpan) t).negate());
        b.method("Duration", TIME_SPAN, (t, a) -> new TimeSpan(Math.abs(((TimeSpan) t).ticks())));
        b.method("ToString", STRING, (t, a) -> DateTimeFormat.formatTimeSpan((TimeSpan) t, null));
        b.method("ToString", STRING, (t, a) -> DateTimeFormat.formatTimeSpan((TimeSpan) t, (String) a[0]),
                param("format", STRING));
        b.method("CompareTo", INT32, (t, a) -> Integer.signum(((TimeSpan) t).compareTo(
                (TimeSpan) LanguagePrimitives.convertTo(a[0], TIME_SPAN))), param("value", OBJECT));
        b.constructor((t, a) -> new TimeSpan((Long) a[0]), param("ticks", INT64));
        b.constructor((t, a) -> TimeSpan.of(0, (Integer) a[0], (Integer) a[1], (Integer) a[2], 0),
                param("hours", INT32), param("minutes", INT32), param("seconds", INT32));
        b.constructor((t, a) -> TimeSpan.of((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3], 0),
                param("days", INT32), param("hours", INT32), param("minutes", INT32), param("seconds", INT32));
        b.constructor((t, a) -> TimeSpan.of((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3],
                (Integer) a[4]), param("days", INT32), param("hours", INT32), param("minutes", INT32),
                param("seconds", INT32), param("milliseconds", INT32));
    }

    private static void total(TypeAdapter.Builder b, String name, long ticksPerUnit) {
        b.property(name, DOUBLE, t -> ((TimeSpan) t).totalUnits(ticksPerUnit));
    }

    private static void from(TypeAdapter.Builder b, String name, long ticksPerUnit) {
        b.staticMethod(name, TIME_SPAN, (t, a) -> TimeSpan.fromUnits((Double) a[0], ticksPerUnit),
                param("value", DOUBLE));
    }
}
