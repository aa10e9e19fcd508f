package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Map;

/**
 * System.Net.WebUtility and System.Web.HttpUtility: UrlEncode as .NET writes form values (letters, digits and
 * {@code -_.!*()} kept, a space as {@code +}, the rest UTF-8 {@code %XX}, which HttpUtility writes in lower case),
 * UrlDecode, HtmlEncode ({@code & < > " '} and the Latin-1 characters above 159 as entities) and HtmlDecode
 * (named, decimal and hexadecimal entities).
 */
public final class WebUtilityMembers {
    static final DotNetType TYPE = CoreTypes.define("System.Net", "WebUtility", null, b -> define(b, false));
    static final DotNetType HTTP_UTILITY = CoreTypes.define("System.Web", "HttpUtility", null, b -> define(b, true));
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0", "copy", "\u00A9", "reg", "\u00AE", "euro", "\u20AC");

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(HTTP_UTILITY);
    }

    private WebUtilityMembers() {
    }

    private static void define(TypeAdapter.Builder b, boolean lowerCaseHex) {
        b.staticMethod("UrlEncode", STRING, (t, a) -> a[0] == null ? null : urlEncode((String) a[0], lowerCaseHex),
                param("value", STRING));
        b.staticMethod("UrlDecode", STRING, (t, a) -> a[0] == null ? null
                : Uri.unescape(((String) a[0]).replace('+', ' ')), param("encodedValue", STRING));
        b.staticMethod("HtmlEncode", STRING, (t, a) -> a[0] == null ? null : htmlEncode((String) a[0]),
                param("value", STRING));
        b.staticMethod("HtmlDecode", STRING, (t, a) -> a[0] == null ? null : htmlDecode((String) a[0]),
                param("value", STRING));
    }

    private static String urlEncode(String s, boolean lowerCaseHex) {
        return Uri.percentEncode(s, "-_.!*()", lowerCaseHex).replace("%20", "+");
    }

    /**
     * WebUtility.HtmlEncode, which ConvertTo-Html also applies to values; a lone surrogate becomes U+FFFD as .NET
     * makes it.
     */
    public static String htmlEncode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            int c = s.codePointAt(i);
            if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
                c = 0xFFFD;
            }
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if ((c >= 160 && c < 256) || c > 0xFFFF) {
                        sb.append("&#").append(c).append(';');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String htmlDecode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = s.charAt(i) == '&' ? s.indexOf(';', i) : -1;
            String decoded = end > i + 1 ? entity(s.substring(i + 1, end)) : null;
            if (decoded == null) {
                sb.append(s.charAt(i++));
            } else {
                sb.append(decoded);
                i = end + 1;
            }
        }
        return sb.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return ENTITIES.get(name);
    }
}
