package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.UUID;

/**
 * .NET composite formatting (String.Format) in a culture, the current one unless one is given:
 * {@code {index[,alignment][:format]}} items, {@code {{} and {@code }}} for braces. Each argument is written with its type's
 * IFormattable.ToString(format) ({@link NumberFormatter}, {@link DateTimeFormat}) or, for other
 * objects, ToString() as .NET answers it.
 */
public final class CompositeFormatter {
    private static final int MAX_INDEX = 1_000_000;

    private CompositeFormatter() {
    }

    /**
     * String.Format(format, args).
     *
     * @throws DotNetException FormatException with .NET's message for a malformed format or a bad index
     */
    @TruffleBoundary
    public static String format(String format, Object[] args) {
        return format(CultureInfo.current(), format, args);
    }

    /** String.Format(provider, format, args). */
    @TruffleBoundary
    public static String format(CultureInfo culture, String format, Object[] args) {
        StringBuilder sb = new StringBuilder(format.length() + 16 * args.length);
        int pos = 0;
        int length = format.length();
        while (pos < length) {
            char c = format.charAt(pos);
            if (c == '}') {
                if (pos + 1 < length && format.charAt(pos + 1) == '}') {
                    sb.append('}');
                    pos += 2;
                    continue;
                }
                throw invalid(pos, "Unexpected closing brace without a corresponding opening brace.");
            }
            if (c != '{') {
                sb.append(c);
                pos++;
                continue;
            }
            if (pos + 1 < length && format.charAt(pos + 1) == '{') {
                sb.append('{');
                pos += 2;
                continue;
            }
            pos++;
            if (pos >= length || !isDigit(format.charAt(pos))) {
                throw invalid(pos, "Expected an ASCII digit.");
            }
            int index = 0;
            while (pos < length && isDigit(format.charAt(pos))) {
                index = index * 10 + format.charAt(pos++) - '0';
                if (index >= MAX_INDEX) {
                    throw invalid(pos, "Expected an ASCII digit.");
                }
            }
            pos = skipSpaces(format, pos);
            int width = 0;
            boolean leftAlign = false;
            if (pos < length && format.charAt(pos) == ',') {
                pos = skipSpaces(format, pos + 1);
                if (pos < length && format.charAt(pos) == '-') {
                    leftAlign = true;
                    pos++;
                }
                if (pos >= length || !isDigit(format.charAt(pos))) {
                    throw invalid(pos, "Expected an ASCII digit.");
                }
                while (pos < length && isDigit(format.charAt(pos))) {
                    width = width * 10 + format.charAt(pos++) - '0';
                    if (width >= MAX_INDEX) {
                        throw invalid(pos, "Expected an ASCII digit.");
                    }
                }
                pos = skipSpaces(format, pos);
            }
            String itemFormat = null;
            if (pos < length && format.charAt(pos) == ':') {
                int start = ++pos;
                while (pos < length && format.charAt(pos) != '}') {
                    if (format.charAt(pos) == '{') {
                        throw invalid(pos, "Unexpected opening brace inside a format item.");
                    }
                    pos++;
                }
                itemFormat = format.substring(start, pos);
            }
            if (pos >= length || format.charAt(pos) != '}') {
                throw invalid(pos, "Format item ends prematurely.");
            }
            pos++;
            if (index >= args.length) {
                throw DotNetException.format(
                        "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
            }
            String text = formatValue(args[index], itemFormat, culture);
            int padding = width - text.length();
            if (!leftAlign && padding > 0) {
                sb.append(" ".repeat(padding));
            }
            sb.append(text);
            if (leftAlign && padding > 0) {
                sb.append(" ".repeat(padding));
            }
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
        return pos;
    }

    private static DotNetException invalid(int offset, String reason) {
        return DotNetException.format("Input string was not in a correct format. Failure to parse near offset "
                + offset + ". " + reason);
    }

    /**
     * {@code value.ToString(format)} in the current culture for formattable values (numbers, dates, time
     * spans, GUIDs), ToString() for others; null is the empty string.
     *
     * @throws DotNetException FormatException for a format the value does not support
     */
    @TruffleBoundary
    public static String formatValue(Object value, String format) {
        // a string needs no culture, whose lookup reads a thread-local
        return value instanceof String s ? s : formatValue(value, format, CultureInfo.current());
    }

    /** {@code value.ToString(format, culture)}, as {@link #formatValue(Object, String)}. */
    @TruffleBoundary
    public static String formatValue(Object value, String format, CultureInfo culture) {
        if (value == null || value == AutomationNull.VALUE) {
            return "";
        } else if (value instanceof String s) {
            return s;
        } else if (value instanceof PSObject pso) {
            return pso.isCustomObject() ? LanguagePrimitives.toStringValue(pso)
                    : formatValue(pso.baseObject(), format, culture);
        } else if (NumericConversion.isNumeric(value)) {
            return NumberFormatter.format(value, format, culture.numberFormat());
        } else if (value instanceof DateTime d) {
            return DateTimeFormat.format(d, format, culture.dateTimeFormat());
        } else if (value instanceof TimeSpan t) {
            return DateTimeFormat.formatTimeSpan(t, format);
        } else if (value instanceof UUID u) {
            return GuidMembers.format(u, format);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Character c) {
            return String.valueOf(c);
        } else if (value instanceof Object[]) {
            return DotNetType.of(value).toString();
        }
        return value.toString();
    }
}
