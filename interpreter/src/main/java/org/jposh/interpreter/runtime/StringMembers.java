package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.CHAR;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_COMPARISON;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_SPLIT_OPTIONS;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * System.String's members on Java strings, with .NET's semantics: methods are case-sensitive and
 * ordinal unless given a StringComparison (unlike PowerShell's operators), Split keeps empty entries
 * and splits on a whole string separator ({@code "a--b".Split("--")}), Replace is ordinal, ToUpper and
 * ToLower map character by character, arguments out of range raise .NET's exceptions.
 */
public final class StringMembers {
    private static final DotNetType CHAR_ARRAY = CHAR.arrayType();

    private StringMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.property("Length", INT32, s -> ((String) s).length());
        b.parameterizedProperty("Chars", CHAR, (s, a) -> charAt((String) s, (Integer) a[0]), null,
                param("index", INT32));
        b.method("ToUpper", STRING, (s, a) -> mapChars((String) s, true));
        b.method("ToLower", STRING, (s, a) -> mapChars((String) s, false));
        b.method("ToUpperInvariant", STRING, (s, a) -> mapChars((String) s, true));
        b.method("ToLowerInvariant", STRING, (s, a) -> mapChars((String) s, false));
        b.method("ToString", STRING, (s, a) -> s);
        b.method("Substring", STRING, (s, a) -> substring((String) s, (Integer) a[0]), param("startIndex", INT32));
        b.method("Substring", STRING, (s, a) -> substring((String) s, (Integer) a[0], (Integer) a[1]),
                param("startIndex", INT32), param("length", INT32));
        defineSplit(b);
        b.method("Replace", STRING, (s, a) -> replace((String) s, (String) a[0], (String) a[1], false),
                param("oldValue", STRING), param("newValue", STRING));
        b.method("Replace", STRING, (s, a) -> ((String) s).replace((Character) a[0], (Character) a[1]),
                param("oldChar", CHAR), param("newChar", CHAR));
        b.method("Replace", STRING, (s, a) -> replace((String) s, (String) a[0], (String) a[1], ignoreCase(a[2])),
                param("oldValue", STRING), param("newValue", STRING), param("comparisonType", STRING_COMPARISON));
        defineSearch(b);
        b.method("PadLeft", STRING, (s, a) -> pad((String) s, (Integer) a[0], ' ', true), param("totalWidth", INT32));
        b.method("PadLeft", STRING, (s, a) -> pad((String) s, (Integer) a[0], (Character) a[1], true),
                param("totalWidth", INT32), param("paddingChar", CHAR));
        b.method("PadRight", STRING, (s, a) -> pad((String) s, (Integer) a[0], ' ', false), param("totalWidth", INT32));
        b.method("PadRight", STRING, (s, a) -> pad((String) s, (Integer) a[0], (Character) a[1], false),
                param("totalWidth", INT32), param("paddingChar", CHAR));
        defineTrim(b, "Trim", true, true);
        defineTrim(b, "TrimStart", true, false);
        defineTrim(b, "TrimEnd", false, true);
        b.method("Insert", STRING, (s, a) -> insert((String) s, (Integer) a[0], (String) a[1]),
                param("startIndex", INT32), param("value", STRING));
        b.method("Remove", STRING, (s, a) -> remove((String) s, (Integer) a[0]), param("startIndex", INT32));
        b.method("Remove", STRING, (s, a) -> remove((String) s, (Integer) a[0], (Integer) a[1]),
                param("startIndex", INT32), param("count", INT32));
        b.method("ToCharArray", CHAR_ARRAY, (s, a) -> LanguagePrimitives.convertTo(s, CHAR_ARRAY));
        b.method("ToCharArray", CHAR_ARRAY, (s, a) -> LanguagePrimitives.convertTo(
                substring((String) s, (Integer) a[0], (Integer) a[1]), CHAR_ARRAY),
                param("startIndex", INT32), param("length", INT32));
        b.method("CompareTo", INT32, (s, a) -> a[0] == null ? 1
                : Integer.signum(ComparisonOperators.stringCompare((String) s, (String) a[0], false)),
                param("strB", STRING));
        b.method("Equals", BOOLEAN, (s, a) -> s.equals(PSObject.base(a[0])), param("obj", OBJECT));
        b.method("Equals", BOOLEAN, (s, a) -> equals((String) s, (String) a[0], ignoreCase(a[1])),
                param("value", STRING), param("comparisonType", STRING_COMPARISON));
        b.method("Normalize", STRING, (s, a) -> Normalizer.normalize((String) s, Normalizer.Form.NFC));
        b.method("IsNormalized", BOOLEAN, (s, a) -> Normalizer.isNormalized((String) s, Normalizer.Form.NFC));
        b.method("GetHashCode", INT32, (s, a) -> s.hashCode());
        defineStatics(b);
    }

    private static char charAt(String s, int index) {
        if (index < 0 || index >= s.length()) {
            throw DotNetException.indexOutOfRange();
        }
        return s.charAt(index);
    }

    private static void defineSearch(TypeAdapter.Builder b) {
        b.method("Contains", BOOLEAN, (s, a) -> ((String) s).contains((String) a[0]), param("value", STRING));
        b.method("Contains", BOOLEAN, (s, a) -> ((String) s).indexOf((Character) a[0]) >= 0, param("value", CHAR));
        b.method("Contains", BOOLEAN, (s, a) -> indexOf((String) s, (String) a[0], 0, ignoreCase(a[1])) >= 0,
                param("value", STRING), param("comparisonType", STRING_COMPARISON));
        b.method("StartsWith", BOOLEAN, (s, a) -> ((String) s).startsWith((String) a[0]), param("value", STRING));
        b.method("StartsWith", BOOLEAN, (s, a) -> !((String) s).isEmpty() && ((String) s).charAt(0) == (Character) a[0],
                param("value", CHAR));
        b.method("StartsWith", BOOLEAN, (s, a) -> ((String) s).regionMatches(ignoreCase(a[1]), 0, (String) a[0], 0,
                ((String) a[0]).length()), param("value", STRING), param("comparisonType", STRING_COMPARISON));
        b.method("EndsWith", BOOLEAN, (s, a) -> ((String) s).endsWith((String) a[0]), param("value", STRING));
        b.method("EndsWith", BOOLEAN, (s, a) -> !((String) s).isEmpty()
                && ((String) s).charAt(((String) s).length() - 1) == (Character) a[0], param("value", CHAR));
        b.method("EndsWith", BOOLEAN, (s, a) -> {
            String str = (String) s;
            String v = (String) a[0];
            return str.length() >= v.length() && str.regionMatches(ignoreCase(a[1]), str.length() - v.length(), v, 0,
                    v.length());
        }, param("value", STRING), param("comparisonType", STRING_COMPARISON));
        b.method("IndexOf", INT32, (s, a) -> ((String) s).indexOf((String) a[0]), param("value", STRING));
        b.method("IndexOf", INT32, (s, a) -> ((String) s).indexOf((Character) a[0]), param("value", CHAR));
        b.method("IndexOf", INT32, (s, a) -> ((String) s).indexOf((String) a[0], checkStart((String) s, (Integer) a[1])),
                param("value", STRING), param("startIndex", INT32));
        b.method("IndexOf", INT32, (s, a) -> ((String) s).indexOf((Character) a[0],
                checkStart((String) s, (Integer) a[1])), param("value", CHAR), param("startIndex", INT32));
        b.method("IndexOf", INT32, (s, a) -> indexOf((String) s, (String) a[0], 0, ignoreCase(a[1])),
                param("value", STRING), param("comparisonType", STRING_COMPARISON));
        b.method("LastIndexOf", INT32, (s, a) -> ((String) s).lastIndexOf((String) a[0]), param("value", STRING));
        b.method("LastIndexOf", INT32, (s, a) -> ((String) s).lastIndexOf((Character) a[0]), param("value", CHAR));
        b.method("LastIndexOf", INT32, (s, a) -> ((String) s).lastIndexOf((Character) a[0], (Integer) a[1]),
                param("value", CHAR), param("startIndex", INT32));
        b.method("IndexOfAny", INT32, (s, a) -> indexOfAny((String) s, (Object[]) a[0]), param("anyOf", CHAR_ARRAY));
    }

    private static void defineSplit(TypeAdapter.Builder b) {
        b.paramsMethod("Split", STRING_ARRAY, (s, a) -> splitChars((String) s, (Object[]) a[0], -1, 0),
                param("separator", CHAR_ARRAY));
        b.method("Split", STRING_ARRAY, (s, a) -> splitChars((String) s, (Object[]) a[0], (Integer) a[1], 0),
                param("separator", CHAR_ARRAY), param("count", INT32));
        b.method("Split", STRING_ARRAY, (s, a) -> splitChars((String) s, (Object[]) a[0], -1, options(a[1])),
                param("separator", CHAR_ARRAY), param("options", STRING_SPLIT_OPTIONS));
        b.method("Split", STRING_ARRAY, (s, a) -> splitChars((String) s, (Object[]) a[0], (Integer) a[1],
                options(a[2])), param("separator", CHAR_ARRAY), param("count", INT32),
                param("options", STRING_SPLIT_OPTIONS));
        b.method("Split", STRING_ARRAY, (s, a) -> splitStrings((String) s, new Object[] {a[0]}, -1, 0),
                param("separator", STRING));
        b.method("Split", STRING_ARRAY, (s, a) -> splitStrings((String) s, new Object[] {a[0]}, -1, options(a[1])),
                param("separator", STRING), param("options", STRING_SPLIT_OPTIONS));
        // Split(string, int, options = None) called with two arguments: 'a-b-c'.Split('-', 2) is a, b-c
        b.method("Split", STRING_ARRAY, (s, a) -> splitStrings((String) s, new Object[] {a[0]}, (Integer) a[1], 0),
                param("separator", STRING), param("count", INT32));
        b.method("Split", STRING_ARRAY, (s, a) -> splitStrings((String) s, new Object[] {a[0]}, (Integer) a[1],
                options(a[2])), param("separator", STRING), param("count", INT32),
                param("options", STRING_SPLIT_OPTIONS));
        b.method("Split", STRING_ARRAY, (s, a) -> splitStrings((String) s, (Object[]) a[0], -1, options(a[1])),
                param("separator", STRING_ARRAY), param("options", STRING_SPLIT_OPTIONS));
        b.method("Split", STRING_ARRAY, (s, a) -> splitStrings((String) s, (Object[]) a[0], (Integer) a[1],
                options(a[2])), param("separator", STRING_ARRAY), param("count", INT32),
                param("options", STRING_SPLIT_OPTIONS));
    }

    private static void defineTrim(TypeAdapter.Builder b, String name, boolean start, boolean end) {
        b.method(name, STRING, (s, a) -> trim((String) s, null, start, end));
        b.method(name, STRING, (s, a) -> trim((String) s, new Object[] {a[0]}, start, end), param("trimChar", CHAR));
        b.paramsMethod(name, STRING, (s, a) -> trim((String) s, (Object[]) a[0], start, end),
                param("trimChars", CHAR_ARRAY));
    }

    private static void defineStatics(TypeAdapter.Builder b) {
        b.staticField("Empty", STRING, () -> "");
        b.staticMethod("IsNullOrEmpty", BOOLEAN, (t, a) -> a[0] == null || ((String) a[0]).isEmpty(),
                param("value", STRING));
        b.staticMethod("IsNullOrWhiteSpace", BOOLEAN, (t, a) -> a[0] == null || ((String) a[0]).chars()
                .allMatch(c -> isWhiteSpace((char) c)), param("value", STRING));
        b.staticParamsMethod("Join", STRING, (t, a) -> join((String) a[0], (Object[]) a[1]),
                param("separator", STRING), param("values", OBJECT_ARRAY));
        b.staticParamsMethod("Join", STRING, (t, a) -> join(String.valueOf(a[0]), (Object[]) a[1]),
                param("separator", CHAR), param("values", OBJECT_ARRAY));
        b.staticParamsMethod("Concat", STRING, (t, a) -> join("", (Object[]) a[0]), param("values", OBJECT_ARRAY));
        b.staticParamsMethod("Format", STRING, (t, a) -> CompositeFormatter.format((String) a[0], (Object[]) a[1]),
                param("format", STRING), param("args", OBJECT_ARRAY));
        b.staticParamsMethod("Format", STRING, (t, a) -> CompositeFormatter.format(CultureInfo.culture(a[0]),
                (String) a[1], (Object[]) a[2]), param("provider", CoreTypes.IFORMAT_PROVIDER), param("format", STRING),
                param("args", OBJECT_ARRAY));
        b.staticMethod("Equals", BOOLEAN, (t, a) -> a[0] == null ? a[1] == null : a[0].equals(a[1]),
                param("a", STRING), param("b", STRING));
        b.staticMethod("Equals", BOOLEAN, (t, a) -> a[0] == null ? a[1] == null
                : a[1] != null && equals((String) a[0], (String) a[1], ignoreCase(a[2])),
                param("a", STRING), param("b", STRING), param("comparisonType", STRING_COMPARISON));
        b.staticMethod("Compare", INT32, (t, a) -> compare((String) a[0], (String) a[1], false),
                param("strA", STRING), param("strB", STRING));
        b.staticMethod("Compare", INT32, (t, a) -> compare((String) a[0], (String) a[1], (Boolean) a[2]),
                param("strA", STRING), param("strB", STRING), param("ignoreCase", BOOLEAN));
        b.staticMethod("CompareOrdinal", INT32, (t, a) -> Integer.signum(((String) a[0]).compareTo((String) a[1])),
                param("strA", STRING), param("strB", STRING));
        b.constructor((t, a) -> String.valueOf((Character) a[0]).repeat(checkCount((Integer) a[1])),
                param("c", CHAR), param("count", INT32));
        b.constructor((t, a) -> charsToString((Object[]) a[0]), param("value", CHAR_ARRAY));
    }

    // ---- implementations ----

    /** ToUpper/ToLower as .NET's TextInfo does: one character for one, so the length never changes. */
    static String mapChars(String s, boolean upper) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = upper ? Character.toUpperCase(chars[i]) : Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static boolean ignoreCase(Object comparison) {
        return ((EnumValue) comparison).value() % 2 == 1;
    }

    private static int options(Object splitOptions) {
        return (int) ((EnumValue) splitOptions).value();
    }

    static String substring(String s, int start) {
        if (start < 0) {
            throw DotNetException.argumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
        }
        if (start > s.length()) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "startIndex cannot be larger than length of string.");
        }
        return s.substring(start);
    }

    static String substring(String s, int start, int length) {
        if (start < 0) {
            throw DotNetException.argumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
        }
        if (start > s.length()) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "startIndex cannot be larger than length of string.");
        }
        if (length < 0) {
            throw DotNetException.argumentOutOfRange("length", "Length cannot be less than zero.");
        }
        if (start > s.length() - length) {
            throw DotNetException.argumentOutOfRange("length",
                    "Index and length must refer to a location within the string.");
        }
        return s.substring(start, start + length);
    }

    private static String replace(String s, String oldValue, String newValue, boolean ignoreCase) {
        if (oldValue == null) {
            throw DotNetException.argumentNull("oldValue");
        }
        if (oldValue.isEmpty()) {
            throw DotNetException.argument("String cannot be of zero length.", "oldValue");
        }
        String replacement = newValue == null ? "" : newValue;
        if (!ignoreCase) {
            return s.replace(oldValue, replacement);
        }
        StringBuilder sb = new StringBuilder();
        int last = 0;
        int i;
        while ((i = indexOf(s, oldValue, last, true)) >= 0) {
            sb.append(s, last, i).append(replacement);
            last = i + oldValue.length();
        }
        return sb.append(s, last, s.length()).toString();
    }

    private static int indexOf(String s, String value, int from, boolean ignoreCase) {
        for (int i = from; i <= s.length() - value.length(); i++) {
            if (s.regionMatches(ignoreCase, i, value, 0, value.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int checkStart(String s, int start) {
        if (start < 0 || start > s.length()) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        return start;
    }

    private static int indexOfAny(String s, Object[] chars) {
        for (int i = 0; i < s.length(); i++) {
            for (Object c : chars) {
                if (s.charAt(i) == (Character) c) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean equals(String a, String b, boolean ignoreCase) {
        return b != null && (ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b));
    }

    private static int compare(String a, String b, boolean ignoreCase) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return Integer.signum(ComparisonOperators.stringCompare(a, b, ignoreCase));
    }

    private static String pad(String s, int width, char c, boolean left) {
        if (width < 0) {
            throw DotNetException.argumentOutOfRange("totalWidth", "Non-negative number required.");
        }
        if (width <= s.length()) {
            return s;
        }
        String padding = String.valueOf(c).repeat(width - s.length());
        return left ? padding + s : s + padding;
    }

    /** Char.IsWhiteSpace: Unicode white space (Zs, Zl, Zp) and the control characters \t \n \v \f \r, U+0085. */
    static boolean isWhiteSpace(char c) {
        return Character.isSpaceChar(c) || c >= '\t' && c <= '\r' || c == '\u0085';
    }

    /** String.Trim(): leading and trailing white space as .NET sees it (Java's strip() misses U+00A0, U+0085). */
    public static String trim(String s) {
        return trim(s, null, true, true);
    }

    private static String trim(String s, Object[] chars, boolean start, boolean end) {
        int from = 0;
        int to = s.length();
        while (start && from < to && isTrimmed(s.charAt(from), chars)) {
            from++;
        }
        while (end && to > from && isTrimmed(s.charAt(to - 1), chars)) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isTrimmed(char c, Object[] chars) {
        if (chars == null || chars.length == 0) {
            return isWhiteSpace(c);
        }
        for (Object t : chars) {
            if ((Character) t == c) {
                return true;
            }
        }
        return false;
    }

    private static String insert(String s, int index, String value) {
        if (value == null) {
            throw DotNetException.argumentNull("value");
        }
        if (index < 0 || index > s.length()) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        }
        return s.substring(0, index) + value + s.substring(index);
    }

    private static String remove(String s, int start) {
        if (start < 0) {
            throw DotNetException.argumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
        }
        if (start >= s.length()) {
            throw DotNetException.argumentOutOfRange("startIndex", "startIndex must be less than length of string.");
        }
        return s.substring(0, start);
    }

    private static String remove(String s, int start, int count) {
        if (start < 0) {
            throw DotNetException.argumentOutOfRange("startIndex", "StartIndex cannot be less than zero.");
        }
        if (count < 0) {
            throw DotNetException.argumentOutOfRange("count", "Count cannot be less than zero.");
        }
        if (count > s.length() - start) {
            throw DotNetException.argumentOutOfRange("count",
                    "Index and count must refer to a location within the string.");
        }
        return s.substring(0, start) + s.substring(start + count);
    }

    /** String.Split on characters (any white space when none are given), keeping empty entries unless told. */
    private static String[] splitChars(String s, Object[] separators, int count, int options) {
        List<int[]> pieces = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSeparator = separators == null || separators.length == 0 ? isWhiteSpace(c)
                    : isTrimmed(c, separators);
            if (isSeparator) {
                pieces.add(new int[] {last, i});
                last = i + 1;
            }
        }
        pieces.add(new int[] {last, s.length()});
        return finish(s, pieces, count, options);
    }

    private static String[] splitStrings(String s, Object[] separators, int count, int options) {
        boolean none = true;
        for (Object sep : separators) {
            none &= sep == null || ((String) sep).isEmpty();
        }
        if (none) {
            return splitChars(s, null, count, options);
        }
        List<int[]> pieces = new ArrayList<>();
        int last = 0;
        int i = 0;
        outer:
        while (i < s.length()) {
            for (Object sep : separators) {
                String separator = (String) sep;
                if (separator != null && !separator.isEmpty() && s.startsWith(separator, i)) {
                    pieces.add(new int[] {last, i});
                    i += separator.length();
                    last = i;
                    continue outer;
                }
            }
            i++;
        }
        pieces.add(new int[] {last, s.length()});
        return finish(s, pieces, count, options);
    }

    /**
     * The pieces (start and end offsets) as strings after TrimEntries and RemoveEmptyEntries; with a
     * count, the last piece is the rest of the string from where the count ran out.
     */
    private static String[] finish(String s, List<int[]> pieces, int count, int options) {
        if (count < -1) {
            throw DotNetException.argumentOutOfRange("count", "Count cannot be less than zero.");
        }
        if (count == 0) {
            return new String[0];
        }
        boolean trim = (options & 2) != 0;
        boolean removeEmpty = (options & 1) != 0;
        List<String> result = new ArrayList<>();
        for (int[] piece : pieces) {
            if (count > 0 && result.size() == count - 1) {
                String rest = s.substring(piece[0]);
                rest = trim ? rest.strip() : rest;
                if (!(removeEmpty && rest.isEmpty())) {
                    result.add(rest);
                }
                break;
            }
            String p = s.substring(piece[0], piece[1]);
            p = trim ? p.strip() : p;
            if (!(removeEmpty && p.isEmpty())) {
                result.add(p);
            }
        }
        return result.toArray(String[]::new);
    }

    private static String join(String separator, Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0 && separator != null) {
                sb.append(separator);
            }
            sb.append(LanguagePrimitives.dotNetToString(values[i]));
        }
        return sb.toString();
    }

    private static int checkCount(int count) {
        if (count < 0) {
            throw DotNetException.argumentOutOfRange("count", "Non-negative number required.");
        }
        return count;
    }

    private static String charsToString(Object[] chars) {
        StringBuilder sb = new StringBuilder(chars.length);
        for (Object c : chars) {
            sb.append((char) (Character) c);
        }
        return sb.toString();
    }
}
