package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jposh.interpreter.PoshContext;

/**
 * System.Globalization.CultureInfo ({@code [cultureinfo]}): a culture by its .NET name ("de-DE", "" for
 * the invariant culture) over the JDK's locale of that tag, with its numbers ({@link NumberFormatInfo}),
 * dates ({@link DateTimeFormatInfo}) and text casing. Scripts pass one as an IFormatProvider to
 * ToString, String.Format and Parse. The current culture and UI culture belong to the session
 * ({@link PoshContext#culture()}); the session starts with the culture the environment names.
 */
public final class CultureInfo implements FormatProvider {
    /** Windows locale ids, which .NET reports as LCID; a culture without one has 4096 (LOCALE_CUSTOM_UNSPECIFIED). */
    private static final int INVARIANT_LCID = 127;
    private static final Map<String, Integer> LCIDS = lcids("""
            ar 1 bg 2 ca 3 zh-Hans 4 cs 5 da 6 de 7 el 8 en 9 es 10 fi 11 fr 12 he 13 hu 14 is 15 it 16 ja 17 ko 18
            nl 19 no 20 pl 21 pt 22 ro 24 ru 25 hr 26 sk 27 sq 28 sv 29 th 30 tr 31 ur 32 id 33 uk 34 be 35 sl 36
            et 37 lv 38 lt 39 fa 41 vi 42 hy 43 eu 45 mk 47 af 54 ka 55 hi 57 ms 62 kk 63 sw 65 gl 86
            ar-SA 1025 bg-BG 1026 ca-ES 1027 zh-TW 1028 cs-CZ 1029 da-DK 1030 de-DE 1031 el-GR 1032 en-US 1033
            fi-FI 1035 fr-FR 1036 he-IL 1037 hu-HU 1038 is-IS 1039 it-IT 1040 ja-JP 1041 ko-KR 1042 nl-NL 1043
            nb-NO 1044 pl-PL 1045 pt-BR 1046 ro-RO 1048 ru-RU 1049 hr-HR 1050 sk-SK 1051 sq-AL 1052 sv-SE 1053
            th-TH 1054 tr-TR 1055 ur-PK 1056 id-ID 1057 uk-UA 1058 be-BY 1059 sl-SI 1060 et-EE 1061 lv-LV 1062
            lt-LT 1063 fa-IR 1065 vi-VN 1066 hy-AM 1067 eu-ES 1069 mk-MK 1071 af-ZA 1078 ka-GE 1079 hi-IN 1081
            ms-MY 1086 kk-KZ 1087 sw-KE 1089 gl-ES 1110 zh-CN 2052 de-CH 2055 en-GB 2057 es-MX 2058 fr-BE 2060
            it-CH 2064 nl-BE 2067 nn-NO 2068 pt-PT 2070 sv-FI 2077 ar-EG 3073 zh-HK 3076 de-AT 3079 en-AU 3081
            es-ES 3082 fr-CA 3084 zh-SG 4100 de-LU 4103 en-CA 4105 fr-CH 4108 de-LI 5127 en-NZ 5129 fr-LU 5132
            en-IE 6153 en-ZA 7177 es-CO 9226 es-AR 11274 es-CL 13322 en-IN 16393 en-SG 18441 es-US 21514
            nb 31764 nn 30740 zh 30724""");
    private static final Map<String, CultureInfo> CACHE = new ConcurrentHashMap<>();
    private static volatile Map<String, Locale> known;

    public static final CultureInfo INVARIANT = new CultureInfo("", null, NumberFormatInfo.INVARIANT,
            DateTimeFormatInfo.INVARIANT);
    public static final CultureInfo EN_US = new CultureInfo("en-US", Locale.US, NumberFormatInfo.EN_US,
            DateTimeFormatInfo.EN_US);
    public static final DotNetType TYPE = CoreTypes.define("System.Globalization", "CultureInfo", CultureInfo.class,
            CultureInfo::define);
    /** Which cultures GetCultures lists: neutral ones (the invariant culture among them), specific ones, or all. */
    public static final DotNetType CULTURE_TYPES = CoreTypes.defineEnum("System.Globalization", "CultureTypes", true,
            new String[] {"NeutralCultures", "SpecificCultures", "InstalledWin32Cultures", "AllCultures",
                "UserCustomCulture", "ReplacementCultures", "WindowsOnlyCultures", "FrameworkCultures"},
            new long[] {1, 2, 4, 7, 8, 16, 32, 64});
    public static final DotNetType TEXT_INFO = CoreTypes.define("System.Globalization", "TextInfo", TextInfo.class,
            CultureInfo::defineTextInfo);

    static {
        CoreTypes.register(TYPE, "cultureinfo");
        CoreTypes.register(TEXT_INFO);
        CoreTypes.register(NumberFormatInfo.TYPE);
        CoreTypes.register(DateTimeFormatInfo.TYPE);
    }

    private final String name;
    private final Locale locale;
    private final NumberFormatInfo numberFormat;
    private final DateTimeFormatInfo dateTimeFormat;

    private CultureInfo(String name, Locale locale, NumberFormatInfo numberFormat, DateTimeFormatInfo dateTimeFormat) {
        this.name = name;
        this.locale = locale;
        this.numberFormat = numberFormat;
        this.dateTimeFormat = dateTimeFormat;
    }

    /**
     * The culture of a .NET name, any case ({@code GetCultureInfo}).
     *
     * @throws DotNetException CultureNotFoundException when the JDK knows no such culture
     */
    public static CultureInfo get(String name) {
        if (name == null) {
            throw DotNetException.argumentNull("name");
        }
        if (name.isEmpty()) {
            return INVARIANT;
        }
        Locale locale = knownLocales().get(name.toLowerCase(Locale.ROOT));
        if (locale == null) {
            throw new DotNetException("System.Globalization.CultureNotFoundException",
                    "Culture is not supported. (Parameter 'name')\n" + name + " is an invalid culture identifier.");
        }
        String tag = locale.toLanguageTag();
        if (tag.equals("en-US")) {
            return EN_US;
        }
        return CACHE.computeIfAbsent(tag, t -> new CultureInfo(t, locale, NumberFormatInfo.of(locale),
                DateTimeFormatInfo.of(locale)));
    }

    /** The cultures the JDK has data for, by lower-case name, sorted by name (GetCultures(AllCultures)). */
    private static Map<String, Locale> knownLocales() {
        Map<String, Locale> result = known;
        if (result == null) {
            result = new TreeMap<>();
            for (Locale locale : Locale.getAvailableLocales()) {
                if (!locale.getLanguage().isEmpty() && locale.getVariant().isEmpty() && !locale.hasExtensions()) {
                    result.put(locale.toLanguageTag().toLowerCase(Locale.ROOT), locale);
                }
            }
            known = result;
        }
        return result;
    }

    /** Every culture, the invariant one first, as GetCultures(CultureTypes.AllCultures) lists them. */
    public static List<CultureInfo> all() {
        List<CultureInfo> result = new java.util.ArrayList<>();
        result.add(INVARIANT);
        for (String name : knownLocales().keySet()) {
            result.add(get(name));
        }
        return result;
    }

    /**
     * The culture a POSIX locale setting names ({@code de_DE.UTF-8}, {@code fr_FR@euro}); en-US for none,
     * for C and POSIX, and for a language the JDK does not know.
     */
    public static CultureInfo fromPosixLocale(String setting) {
        if (setting == null || setting.isEmpty() || setting.startsWith("C.") || setting.equals("C")
                || setting.equals("POSIX")) {
            return EN_US;
        }
        String tag = setting.replaceAll("[.@].*$", "").replace('_', '-');
        try {
            return get(tag);
        } catch (DotNetException e) {
            return EN_US;
        }
    }

    /**
     * The session's current culture (CultureInfo.CurrentCulture); en-US for Java code that runs outside
     * a session, such as a unit test of the formatter.
     */
    public static CultureInfo current() {
        PoshContext context = PoshContext.entered();
        return context == null ? EN_US : context.culture();
    }

    public static CultureInfo currentUI() {
        PoshContext context = PoshContext.entered();
        return context == null ? EN_US : context.uiCulture();
    }

    /** The numbers of a provider argument: a culture's, a NumberFormatInfo itself, the current culture's for null. */
    public static NumberFormatInfo numberFormat(Object provider) {
        Object p = PSObject.base(provider);
        if (p instanceof NumberFormatInfo info) {
            return info;
        }
        return p instanceof CultureInfo c ? c.numberFormat : current().numberFormat;
    }

    /** The dates of a provider argument, as {@link #numberFormat(Object)}. */
    public static DateTimeFormatInfo dateTimeFormat(Object provider) {
        Object p = PSObject.base(provider);
        if (p instanceof DateTimeFormatInfo info) {
            return info;
        }
        return p instanceof CultureInfo c ? c.dateTimeFormat : current().dateTimeFormat;
    }

    /** The culture of a provider argument; the current one for null or a provider that is not a culture. */
    public static CultureInfo culture(Object provider) {
        return PSObject.base(provider) instanceof CultureInfo c ? c : current();
    }

    public String name() {
        return name;
    }

    public NumberFormatInfo numberFormat() {
        return numberFormat;
    }

    public DateTimeFormatInfo dateTimeFormat() {
        return dateTimeFormat;
    }

    public int lcid() {
        if (locale == null) {
            return INVARIANT_LCID;
        }
        return LCIDS.getOrDefault(name, 4096);
    }

    /** The name in English: "German (Germany)", "Invariant Language (Invariant Country)". */
    public String englishName() {
        return locale == null ? "Invariant Language (Invariant Country)" : locale.getDisplayName(Locale.ENGLISH);
    }

    private String nativeName() {
        return locale == null ? "Invariant Language (Invariant Country)" : locale.getDisplayName(locale);
    }

    private boolean isOfTypes(long types) {
        return (types & (locale == null || isNeutral() ? 1 : 2)) != 0;
    }

    private boolean isNeutral() {
        return locale != null && locale.getCountry().isEmpty();
    }

    /** CultureInfo.Parent: the neutral culture of a specific one (en of en-US), the invariant culture after that. */
    public CultureInfo parent() {
        if (locale == null) {
            return INVARIANT;
        }
        int dash = name.lastIndexOf('-');
        return dash < 0 ? INVARIANT : get(name.substring(0, dash));
    }

    private String twoLetterLanguage() {
        return locale == null ? "iv" : locale.getLanguage();
    }

    private String threeLetterLanguage() {
        return locale == null ? "ivl" : locale.getISO3Language();
    }

    /** TextInfo.ToTitleCase: each word's first letter upper case, the rest lower case unless the word is all capitals. */
    String toTitleCase(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                sb.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'')) {
                end++;
            }
            String word = text.substring(i, end);
            if (word.equals(word.toUpperCase(casingLocale()))) {
                sb.append(word);
            } else {
                sb.append(word.substring(0, 1).toUpperCase(casingLocale()))
                        .append(word.substring(1).toLowerCase(casingLocale()));
            }
            i = end;
        }
        return sb.toString();
    }

    private Locale casingLocale() {
        return locale == null ? Locale.ROOT : locale;
    }

    /** A culture's casing and list separator (System.Globalization.TextInfo). */
    public record TextInfo(CultureInfo culture) {
        @Override
        public String toString() {
            return "TextInfo - " + culture.name;
        }
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CultureInfo c && c.name.equals(name);
    }

    /**
     * The culture of a Windows locale id ({@code new CultureInfo(1031)} is de-DE).
     *
     * @throws DotNetException CultureNotFoundException for an id no culture here has
     */
    public static CultureInfo get(int lcid) {
        if (lcid == INVARIANT_LCID) {
            return INVARIANT;
        }
        for (Map.Entry<String, Integer> e : LCIDS.entrySet()) {
            if (e.getValue() == lcid) {
                return get(e.getKey());
            }
        }
        throw new DotNetException("System.Globalization.CultureNotFoundException", String.format(
                "Culture is not supported. (Parameter 'culture')%n%d (0x%04x) is an invalid culture identifier.",
                lcid, lcid));
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** A value assigned to CurrentCulture: a culture, or a name converted as [cultureinfo] converts it. */
    private static CultureInfo assigned(Object value) {
        return (CultureInfo) LanguagePrimitives.convertTo(value, TYPE);
    }

    private static void define(TypeAdapter.Builder b) {
        b.property("Name", STRING, o -> ((CultureInfo) o).name);
        b.property("DisplayName", STRING, o -> ((CultureInfo) o).englishName());
        b.property("EnglishName", STRING, o -> ((CultureInfo) o).englishName());
        b.property("NativeName", STRING, o -> ((CultureInfo) o).nativeName());
        b.property("LCID", INT32, o -> ((CultureInfo) o).lcid());
        b.property("IetfLanguageTag", STRING, o -> ((CultureInfo) o).name);
        b.property("TwoLetterISOLanguageName", STRING, o -> ((CultureInfo) o).twoLetterLanguage());
        b.property("ThreeLetterISOLanguageName", STRING, o -> ((CultureInfo) o).threeLetterLanguage());
        b.property("IsNeutralCulture", BOOLEAN, o -> ((CultureInfo) o).isNeutral());
        b.property("Parent", TYPE, o -> ((CultureInfo) o).parent());
        b.property("NumberFormat", NumberFormatInfo.TYPE, o -> ((CultureInfo) o).numberFormat);
        b.property("DateTimeFormat", DateTimeFormatInfo.TYPE, o -> ((CultureInfo) o).dateTimeFormat);
        b.property("TextInfo", TEXT_INFO, o -> new TextInfo((CultureInfo) o));
        b.method("GetFormat", OBJECT, (o, a) -> {
            DotNetType requested = (DotNetType) a[0];
            CultureInfo c = (CultureInfo) o;
            return requested == NumberFormatInfo.TYPE ? c.numberFormat
                    : requested == DateTimeFormatInfo.TYPE ? c.dateTimeFormat : null;
        }, param("formatType", CoreTypes.RUNTIME_TYPE));
        b.staticProperty("InvariantCulture", TYPE, () -> INVARIANT);
        b.staticProperty("CurrentCulture", TYPE, CultureInfo::current,
                value -> PoshContext.entered().setCulture(assigned(value)));
        b.staticProperty("CurrentUICulture", TYPE, CultureInfo::currentUI,
                value -> PoshContext.entered().setUICulture(assigned(value)));
        b.staticMethod("GetCultureInfo", TYPE, (t, a) -> get((String) a[0]), param("name", STRING));
        b.staticMethod("GetCultureInfo", TYPE, (t, a) -> get((int) a[0]), param("culture", INT32));
        b.staticMethod("CreateSpecificCulture", TYPE, (t, a) -> get((String) a[0]), param("name", STRING));
        b.staticMethod("GetCultures", TYPE.arrayType(), (t, a) -> all().stream()
                .filter(c -> c.isOfTypes(((EnumValue) a[0]).value())).toArray(CultureInfo[]::new),
                param("types", CULTURE_TYPES));
        b.constructor((t, a) -> get((String) a[0]), param("name", STRING));
        b.constructor((t, a) -> get((int) a[0]), param("culture", INT32));
        b.constructor((t, a) -> get((String) a[0]), param("name", STRING), param("useUserOverride", BOOLEAN));
    }

    private static void defineTextInfo(TypeAdapter.Builder b) {
        b.property("CultureName", STRING, o -> ((TextInfo) o).culture().name);
        // .NET takes it from ICU, which separates list items with ';' where ',' is the decimal separator
        b.property("ListSeparator", STRING,
                o -> ((TextInfo) o).culture().numberFormat.decimalSeparator().equals(",") ? ";" : ",");
        b.method("ToTitleCase", STRING, (o, a) -> ((TextInfo) o).culture().toTitleCase((String) a[0]),
                param("str", STRING));
        b.method("ToUpper", STRING, (o, a) -> ((String) a[0]).toUpperCase(((TextInfo) o).culture().casingLocale()),
                param("str", STRING));
        b.method("ToLower", STRING, (o, a) -> ((String) a[0]).toLowerCase(((TextInfo) o).culture().casingLocale()),
                param("str", STRING));
    }

    private static Map<String, Integer> lcids(String table) {
        Map<String, Integer> result = new HashMap<>();
        String[] words = table.trim().split("\\s+");
        for (int i = 0; i < words.length; i += 2) {
            result.put(words[i], Integer.parseInt(words[i + 1]));
        }
        return result;
    }
}
