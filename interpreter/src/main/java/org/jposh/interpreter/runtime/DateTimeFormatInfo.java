package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.STRING;

import java.text.DateFormatSymbols;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * A culture's dates (System.Globalization.DateTimeFormatInfo): the patterns the standard formats stand
 * for, the day and month names, the AM/PM designators and the separators {@code /} and {@code :} write.
 * Cultures other than the invariant one and en-US take them from the JDK's CLDR data, as .NET takes them
 * from ICU's, with .NET's fix-ups: four-digit years, and plain spaces where CLDR has narrow no-break ones.
 */
public final class DateTimeFormatInfo implements FormatProvider {
    private static final String[] ENGLISH_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    public static final DateTimeFormatInfo INVARIANT = new DateTimeFormatInfo("MM/dd/yyyy", "dddd, dd MMMM yyyy",
            "HH:mm", "HH:mm:ss", "MMMM dd", "yyyy MMMM", ENGLISH_DAYS, abbreviations(ENGLISH_DAYS), ENGLISH_MONTHS,
            abbreviations(ENGLISH_MONTHS), "AM", "PM", "/", ":");
    public static final DateTimeFormatInfo EN_US = new DateTimeFormatInfo("M/d/yyyy", "dddd, MMMM d, yyyy",
            "h:mm tt", "h:mm:ss tt", "MMMM d", "MMMM yyyy", ENGLISH_DAYS, abbreviations(ENGLISH_DAYS), ENGLISH_MONTHS,
            abbreviations(ENGLISH_MONTHS), "AM", "PM", "/", ":");
    public static final DotNetType TYPE = CoreTypes.define("System.Globalization", "DateTimeFormatInfo",
            DateTimeFormatInfo.class, DateTimeFormatInfo::define);

    private final String shortDatePattern;
    private final String longDatePattern;
    private final String shortTimePattern;
    private final String longTimePattern;
    private final String monthDayPattern;
    private final String yearMonthPattern;
    private final String[] dayNames;
    private final String[] abbreviatedDayNames;
    private final String[] monthNames;
    private final String[] abbreviatedMonthNames;
    private final String amDesignator;
    private final String pmDesignator;
    private final String dateSeparator;
    private final String timeSeparator;

    private DateTimeFormatInfo(String shortDatePattern, String longDatePattern, String shortTimePattern,
                               String longTimePattern, String monthDayPattern, String yearMonthPattern,
                               String[] dayNames, String[] abbreviatedDayNames, String[] monthNames,
                               String[] abbreviatedMonthNames, String amDesignator, String pmDesignator,
                               String dateSeparator, String timeSeparator) {
        this.shortDatePattern = shortDatePattern;
        this.longDatePattern = longDatePattern;
        this.shortTimePattern = shortTimePattern;
        this.longTimePattern = longTimePattern;
        this.monthDayPattern = monthDayPattern;
        this.yearMonthPattern = yearMonthPattern;
        this.dayNames = dayNames;
        this.abbreviatedDayNames = abbreviatedDayNames;
        this.monthNames = monthNames;
        this.abbreviatedMonthNames = abbreviatedMonthNames;
        this.amDesignator = amDesignator;
        this.pmDesignator = pmDesignator;
        this.dateSeparator = dateSeparator;
        this.timeSeparator = timeSeparator;
    }

    private static String[] abbreviations(String[] names) {
        return Arrays.stream(names).map(n -> n.substring(0, 3)).toArray(String[]::new);
    }

    /** The dates of a culture the JDK knows. */
    static DateTimeFormatInfo of(Locale locale) {
        IsoChronology iso = IsoChronology.INSTANCE;
        String shortDate = dotNetPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                iso, locale));
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        String[] ampm = symbols.getAmPmStrings();
        return new DateTimeFormatInfo(shortDate,
                dotNetPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.FULL, null, iso, locale)),
                dotNetPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, iso, locale)),
                dotNetPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.MEDIUM, iso,
                        locale)),
                dotNetPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern("MMMMd", iso, locale)),
                dotNetPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern("yMMMM", iso, locale)),
                Arrays.copyOfRange(symbols.getWeekdays(), 1, 8), Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8),
                Arrays.copyOf(symbols.getMonths(), 12), Arrays.copyOf(symbols.getShortMonths(), 12), ampm[0], ampm[1],
                separator(shortDate, "dMy"), separator(dotNetPattern(DateTimeFormatterBuilder
                        .getLocalizedDateTimePattern(null, FormatStyle.MEDIUM, iso, locale)), "Hhms"));
    }

    /** A CLDR pattern in .NET's letters: E is d, a is tt, years have four digits; quoted text stays. */
    private static String dotNetPattern(String cldr) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < cldr.length()) {
            char c = cldr.charAt(i);
            int n = 1;
            while (i + n < cldr.length() && cldr.charAt(i + n) == c) {
                n++;
            }
            if (c == '\'') {
                int end = cldr.indexOf('\'', i + 1);
                end = end < 0 ? cldr.length() - 1 : end;
                sb.append(cldr, i, end + 1);
                i = end + 1;
                continue;
            }
            switch (c) {
                case 'y', 'u' -> sb.append("yyyy");
                case 'E', 'c' -> sb.append(n <= 3 ? "ddd" : "dddd");
                case 'a', 'B', 'b' -> sb.append("tt");
                case 'L' -> sb.append("M".repeat(n));
                case '\u202F' -> sb.append(' ');
                default -> sb.append(String.valueOf(c).repeat(n));
            }
            i += n;
        }
        return sb.toString();
    }

    /** The text between the first two fields of a pattern, which {@code /} or {@code :} writes. */
    private static String separator(String pattern, String fields) {
        int i = 0;
        while (i < pattern.length() && fields.indexOf(pattern.charAt(i)) < 0) {
            i++;
        }
        while (i < pattern.length() && fields.indexOf(pattern.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        while (i < pattern.length() && fields.indexOf(pattern.charAt(i)) < 0) {
            i++;
        }
        return start < pattern.length() ? pattern.substring(start, i).replace("'", "") : "/";
    }

    /** The pattern a one-letter standard format stands for. */
    String standardPattern(char specifier) {
        return switch (specifier) {
            case 'd' -> shortDatePattern;
            case 'D' -> longDatePattern;
            case 'f' -> longDatePattern + " " + shortTimePattern;
            case 'F' -> longDatePattern + " " + longTimePattern;
            case 'g' -> shortDatePattern + " " + shortTimePattern;
            case 'G' -> shortDatePattern + " " + longTimePattern;
            case 'm', 'M' -> monthDayPattern;
            case 'o', 'O' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
            case 'r', 'R' -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
            case 's' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
            case 't' -> shortTimePattern;
            case 'T' -> longTimePattern;
            case 'u' -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
            case 'y', 'Y' -> yearMonthPattern;
            default -> throw DotNetException.format("Input string was not in a correct format.");
        };
    }

    /** The R and O formats are culture-free: they always use the invariant names. */
    static boolean isCultureFree(char specifier) {
        return "oOrRsu".indexOf(specifier) >= 0;
    }

    String dayName(int dayOfWeek, boolean abbreviated) {
        return (abbreviated ? abbreviatedDayNames : dayNames)[dayOfWeek];
    }

    String monthName(int month, boolean abbreviated) {
        return (abbreviated ? abbreviatedMonthNames : monthNames)[month - 1];
    }

    String designator(boolean pm) {
        return pm ? pmDesignator : amDesignator;
    }

    String dateSeparator() {
        return dateSeparator;
    }

    String timeSeparator() {
        return timeSeparator;
    }

    /** Whether the short date writes the day before the month (dd.MM.yyyy), as parsing then reads it. */
    boolean dayBeforeMonth() {
        return shortDatePattern.indexOf('d') < shortDatePattern.indexOf('M');
    }

    /** The month (1-12) a culture's full or abbreviated name stands for, or 0. */
    int monthOf(String word) {
        for (int i = 0; i < 12; i++) {
            if (word.equalsIgnoreCase(monthNames[i]) || word.equalsIgnoreCase(strip(abbreviatedMonthNames[i]))) {
                return i + 1;
            }
        }
        return 0;
    }

    boolean isDayName(String word) {
        for (int i = 0; i < 7; i++) {
            if (word.equalsIgnoreCase(dayNames[i]) || word.equalsIgnoreCase(strip(abbreviatedDayNames[i]))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String abbreviation) {
        return abbreviation.endsWith(".") ? abbreviation.substring(0, abbreviation.length() - 1) : abbreviation;
    }

    @Override
    public String toString() {
        return "System.Globalization.DateTimeFormatInfo";
    }

    private static void define(TypeAdapter.Builder b) {
        b.property("ShortDatePattern", STRING, o -> ((DateTimeFormatInfo) o).shortDatePattern);
        b.property("LongDatePattern", STRING, o -> ((DateTimeFormatInfo) o).longDatePattern);
        b.property("ShortTimePattern", STRING, o -> ((DateTimeFormatInfo) o).shortTimePattern);
        b.property("LongTimePattern", STRING, o -> ((DateTimeFormatInfo) o).longTimePattern);
        b.property("FullDateTimePattern", STRING, o -> ((DateTimeFormatInfo) o).standardPattern('F'));
        b.property("MonthDayPattern", STRING, o -> ((DateTimeFormatInfo) o).monthDayPattern);
        b.property("YearMonthPattern", STRING, o -> ((DateTimeFormatInfo) o).yearMonthPattern);
        b.property("RFC1123Pattern", STRING, o -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'");
        b.property("SortableDateTimePattern", STRING, o -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss");
        b.property("UniversalSortableDateTimePattern", STRING, o -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'");
        b.property("AMDesignator", STRING, o -> ((DateTimeFormatInfo) o).amDesignator);
        b.property("PMDesignator", STRING, o -> ((DateTimeFormatInfo) o).pmDesignator);
        b.property("DateSeparator", STRING, o -> ((DateTimeFormatInfo) o).dateSeparator);
        b.property("TimeSeparator", STRING, o -> ((DateTimeFormatInfo) o).timeSeparator);
        b.property("DayNames", CoreTypes.STRING_ARRAY, o -> ((DateTimeFormatInfo) o).dayNames.clone());
        b.property("AbbreviatedDayNames", CoreTypes.STRING_ARRAY,
                o -> ((DateTimeFormatInfo) o).abbreviatedDayNames.clone());
        b.property("MonthNames", CoreTypes.STRING_ARRAY, o -> monthNames13(((DateTimeFormatInfo) o).monthNames));
        b.property("AbbreviatedMonthNames", CoreTypes.STRING_ARRAY,
                o -> monthNames13(((DateTimeFormatInfo) o).abbreviatedMonthNames));
        b.method("GetDayName", STRING, (o, a) -> ((DateTimeFormatInfo) o).dayName(
                (int) ((EnumValue) a[0]).value(), false), TypeAdapter.param("dayofweek", CoreTypes.DAY_OF_WEEK));
        b.method("GetMonthName", STRING, (o, a) -> ((DateTimeFormatInfo) o).monthName((Integer) a[0], false),
                TypeAdapter.param("month", CoreTypes.INT32));
        b.staticProperty("InvariantInfo", TYPE, () -> INVARIANT);
        b.staticProperty("CurrentInfo", TYPE, () -> CultureInfo.current().dateTimeFormat());
    }

    /** .NET's month name arrays have a thirteenth, empty, entry (for thirteen-month calendars). */
    private static String[] monthNames13(String[] names) {
        String[] result = Arrays.copyOf(names, 13);
        result[12] = "";
        return result;
    }
}
