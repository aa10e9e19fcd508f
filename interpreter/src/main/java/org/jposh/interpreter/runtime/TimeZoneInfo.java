package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.DATE_TIME;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.TIME_SPAN;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * System.TimeZoneInfo over java.time's zones, with IANA ids as .NET has them on Unix (and the common Windows
 * ids, which .NET also accepts there): Local, Utc, FindSystemTimeZoneById, GetSystemTimeZones, the
 * conversions (ConvertTime, ConvertTimeFromUtc, ConvertTimeToUtc, ConvertTimeBySystemTimeZoneId), Id,
 * DisplayName, StandardName, DaylightName, BaseUtcOffset, GetUtcOffset, IsDaylightSavingTime and
 * SupportsDaylightSavingTime.
 */
public final class TimeZoneInfo implements DotNetTyped {
    public static final DotNetType TYPE = CoreTypes.define("System", "TimeZoneInfo", TimeZoneInfo.class,
            TimeZoneInfo::defineMembers);
    private static final Map<String, String> WINDOWS_IDS = Map.ofEntries(
            Map.entry("UTC", "Etc/UTC"), Map.entry("Coordinated Universal Time", "Etc/UTC"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Alaskan Standard Time", "America/Anchorage"),
            Map.entry("Hawaiian Standard Time", "Pacific/Honolulu"),
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("India Standard Time", "Asia/Kolkata"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("Korea Standard Time", "Asia/Seoul"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"));

    static {
        CoreTypes.register(TYPE);
    }

    private final String id;
    private final ZoneId zone;

    private TimeZoneInfo(String id, ZoneId zone) {
        this.id = id;
        this.zone = zone;
    }

    private static TimeZoneInfo local() {
        ZoneId zone = ZoneId.systemDefault();
        return new TimeZoneInfo(zone.getId(), zone);
    }

    private static TimeZoneInfo utc() {
        return new TimeZoneInfo("UTC", ZoneOffset.UTC);
    }

    /** FindSystemTimeZoneById: an IANA id, or a Windows id .NET maps to one; .NET's TimeZoneNotFoundException. */
    static TimeZoneInfo find(String id) {
        if (id == null) {
            throw DotNetException.argumentNull("id");
        }
        if (id.equalsIgnoreCase("UTC")) {
            return utc();
        }
        String iana = WINDOWS_IDS.getOrDefault(id, id);
        try {
            return new TimeZoneInfo(id, ZoneId.of(iana));
        } catch (DateTimeException e) {
            throw new DotNetException("System.TimeZoneNotFoundException",
                    "The time zone ID '" + id + "' was not found on the local computer.");
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.staticProperty("Local", TYPE, TimeZoneInfo::local);
        b.staticProperty("Utc", TYPE, TimeZoneInfo::utc);
        b.staticMethod("FindSystemTimeZoneById", TYPE, (t, a) -> find((String) a[0]), param("id", STRING));
        b.staticMethod("GetSystemTimeZones", TYPE.arrayType(), (t, a) -> ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted()
                .map(z -> new TimeZoneInfo(z, ZoneId.of(z))).toArray(TimeZoneInfo[]::new));
        b.staticMethod("ConvertTimeFromUtc", DATE_TIME, (t, a) -> ((TimeZoneInfo) a[1]).fromInstant(
                utcInstant((DateTime) a[0])), param("dateTime", DATE_TIME), param("destinationTimeZone", TYPE));
        b.staticMethod("ConvertTimeToUtc", DATE_TIME, (t, a) -> toUtc(instantOf((DateTime) a[0], local())),
                param("dateTime", DATE_TIME));
        b.staticMethod("ConvertTimeToUtc", DATE_TIME, (t, a) -> toUtc(instantOf((DateTime) a[0], (TimeZoneInfo) a[1])),
                param("dateTime", DATE_TIME), param("sourceTimeZone", TYPE));
        b.staticMethod("ConvertTime", DATE_TIME, (t, a) -> ((TimeZoneInfo) a[1]).fromInstant(
                instantOf((DateTime) a[0], local())), param("dateTime", DATE_TIME), param("destinationTimeZone", TYPE));
        b.staticMethod("ConvertTime", DATE_TIME, (t, a) -> ((TimeZoneInfo) a[2]).fromInstant(
                instantOf((DateTime) a[0], (TimeZoneInfo) a[1])), param("dateTime", DATE_TIME),
                param("sourceTimeZone", TYPE), param("destinationTimeZone", TYPE));
        b.staticMethod("ConvertTimeBySystemTimeZoneId", DATE_TIME, (t, a) -> find((String) a[1]).fromInstant(
                instantOf((DateTime) a[0], local())), param("dateTime", DATE_TIME),
                param("destinationTimeZoneId", STRING));
        b.staticMethod("ConvertTimeBySystemTimeZoneId", DATE_TIME, (t, a) -> find((String) a[2]).fromInstant(
                instantOf((DateTime) a[0], find((String) a[1]))), param("dateTime", DATE_TIME),
                param("sourceTimeZoneId", STRING), param("destinationTimeZoneId", STRING));
        b.property("Id", STRING, z -> ((TimeZoneInfo) z).id);
        b.property("DisplayName", STRING, Object::toString);
        b.property("StandardName", STRING, z -> ((TimeZoneInfo) z).name(false));
        b.property("DaylightName", STRING, z -> ((TimeZoneInfo) z).name(true));
        b.property("BaseUtcOffset", TIME_SPAN, z -> span(((TimeZoneInfo) z).zone.getRules()
                .getStandardOffset(Instant.now())));
        b.property("SupportsDaylightSavingTime", BOOLEAN, z -> !((TimeZoneInfo) z).zone.getRules().isFixedOffset()
                && ((TimeZoneInfo) z).zone.getRules().nextTransition(Instant.now()) != null);
        b.method("GetUtcOffset", TIME_SPAN, (t, a) -> span(((TimeZoneInfo) t).zone.getRules().getOffset(
                instantOf((DateTime) a[0], (TimeZoneInfo) t))), param("dateTime", DATE_TIME));
        b.method("IsDaylightSavingTime", BOOLEAN, (t, a) -> ((TimeZoneInfo) t).zone.getRules().isDaylightSavings(
                instantOf((DateTime) a[0], (TimeZoneInfo) t)), param("dateTime", DATE_TIME));
    }

    /** The instant a DateTime stands for: a UTC one as UTC, a local one in the local zone, any other in {@code zone}. */
    private static Instant instantOf(DateTime date, TimeZoneInfo zone) {
        return switch (date.kind()) {
            case Utc -> date.value().toInstant(ZoneOffset.UTC);
            case Local -> date.value().atZone(ZoneId.systemDefault()).toInstant();
            default -> date.value().atZone(zone.zone).toInstant();
        };
    }

    /** ConvertTimeFromUtc's input: a time of kind Local is an error in .NET; the others are taken as UTC. */
    private static Instant utcInstant(DateTime date) {
        if (date.kind() == DateTime.Kind.Local) {
            throw DotNetException.argument("The supplied DateTime must have the Kind property set to Utc or"
                    + " Unspecified.", "dateTime");
        }
        return date.value().toInstant(ZoneOffset.UTC);
    }

    private static DateTime toUtc(Instant instant) {
        return new DateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), DateTime.Kind.Utc);
    }

    /** The time in this zone: of kind Utc in UTC, Local in the local zone, Unspecified in any other. */
    private DateTime fromInstant(Instant instant) {
        DateTime.Kind kind = zone.equals(ZoneOffset.UTC) || id.equals("UTC") ? DateTime.Kind.Utc
                : zone.equals(ZoneId.systemDefault()) ? DateTime.Kind.Local : DateTime.Kind.Unspecified;
        return new DateTime(LocalDateTime.ofInstant(instant, zone), kind);
    }

    private String name(boolean daylight) {
        if (zone.equals(ZoneOffset.UTC)) {
            return "Coordinated Universal Time";
        }
        return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.LONG, Locale.ENGLISH);
    }

    private static TimeSpan span(ZoneOffset offset) {
        return new TimeSpan(offset.getTotalSeconds() * TimeSpan.TICKS_PER_SECOND);
    }

    /** DisplayName, as .NET writes it on Unix: the base offset, then the zone's generic name and city. */
    @Override
    public String toString() {
        if (zone.equals(ZoneOffset.UTC)) {
            return "(UTC) Coordinated Universal Time";
        }
        int seconds = zone.getRules().getStandardOffset(Instant.now()).getTotalSeconds();
        String offset = String.format(Locale.ROOT, "%s%02d:%02d", seconds < 0 ? "-" : "+", Math.abs(seconds) / 3600,
                Math.abs(seconds) % 3600 / 60);
        String city = zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
        return "(UTC" + offset + ") " + zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " (" + city + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeZoneInfo t && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }
}
