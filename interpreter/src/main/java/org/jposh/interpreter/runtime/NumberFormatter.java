package org.jposh.interpreter.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * .NET's number formatting (Number.Formatting) for a culture's symbols ({@link NumberFormatInfo}; the
 * current culture's unless a culture is given): standard format
 * strings (G, N, F, D, X, C, P, E, R with an optional precision) and custom ones ({@code 0.00},
 * {@code #,##0}, {@code 0%}, {@code 0.0E+00}, sections separated by {@code ;}). Digits are taken from
 * the exact value and rounded half away from zero, as .NET Core does; the default ToString of a double
 * is its shortest round-trip form.
 */
public final class NumberFormatter {
    private static final MathContext CUSTOM_DOUBLE = new MathContext(15, RoundingMode.HALF_UP);
    private static final MathContext CUSTOM_SINGLE = new MathContext(7, RoundingMode.HALF_UP);

    private NumberFormatter() {
    }

    /**
     * {@code number.ToString(format)} for a number (Integer, Long, Double, BigDecimal...); null or empty
     * format is the default ToString.
     *
     * @throws DotNetException FormatException for a format the number's type does not support
     */
    public static String format(Object number, String format) {
        return format(number, format, CultureInfo.current().numberFormat());
    }

    /** {@code number.ToString(format, culture)}: with the culture's separators, signs and layouts. */
    public static String format(Object number, String format, NumberFormatInfo info) {
        if (format == null || format.isEmpty()) {
            if (number instanceof Integer || number instanceof Long) {
                // the common case ($sb.Append($i), "$i" in a culture's ToString) needs no BigDecimal
                return localize(number.toString(), info);
            }
            format = "G";
        }
        if (number instanceof Double || number instanceof Float) {
            double d = ((Number) number).doubleValue();
            if (Double.isNaN(d)) {
                return info.nanSymbol();
            }
            if (Double.isInfinite(d)) {
                return info.infinity(d < 0);
            }
        }
        char specifier = Character.toUpperCase(format.charAt(0));
        Integer precision = standardPrecision(format);
        if (precision == null) {
            return custom(number, format, info);
        }
        int p = precision;
        boolean floating = number instanceof Double || number instanceof Float;
        boolean integral = NumericConversion.isInteger(number);
        switch (specifier) {
            case 'G':
                return localize(general(number, p, format.charAt(0) == 'g' ? 'e' : 'E'), info);
            case 'R':
                if (!floating) {
                    throw invalidFormat();
                }
                return localize(general(number, -1, 'E'), info);
            case 'N':
                return localize(fixedPoint(exact(number), p < 0 ? 2 : p, true), info);
            case 'F':
                return localize(fixedPoint(exact(number), p < 0 ? 2 : p, false), info);
            case 'C': {
                String digits = localize(fixedPoint(exact(number).abs(), p < 0 ? 2 : p, true), info);
                return info.currency(digits, isNegativeAfterRounding(exact(number), p < 0 ? 2 : p));
            }
            case 'P': {
                BigDecimal percent = exact(number).movePointRight(2);
                String digits = localize(fixedPoint(percent.abs(), p < 0 ? 2 : p, true), info);
                return info.percent(digits, isNegativeAfterRounding(percent, p < 0 ? 2 : p));
            }
            case 'E':
                return localize(scientific(exact(number), p < 0 ? 6 : p, format.charAt(0), 3), info);
            case 'D':
                if (!integral) {
                    throw invalidFormat();
                }
                return localize(decimalDigits(toBigInteger(number), p), info);
            case 'X':
                if (!integral) {
                    throw invalidFormat();
                }
                return hex(number, p, format.charAt(0) == 'x');
            case 'B':
                if (!integral) {
                    throw invalidFormat();
                }
                return binary(number, p);
            default:
                throw invalidFormat();
        }
    }

    static DotNetException invalidFormat() {
        return DotNetException.format("Format specifier was invalid.");
    }

    /**
     * A standard format's result, written with the invariant culture's point, comma and minus (it has
     * no literal text), in the culture's symbols.
     */
    private static String localize(String invariant, NumberFormatInfo info) {
        if (info.decimalSeparator().equals(".") && info.groupSeparator().equals(",")
                && info.negativeSign().equals("-")) {
            return invariant;
        }
        StringBuilder sb = new StringBuilder(invariant.length() + 4);
        for (int i = 0; i < invariant.length(); i++) {
            char c = invariant.charAt(i);
            switch (c) {
                case '.' -> sb.append(info.decimalSeparator());
                case ',' -> sb.append(info.groupSeparator());
                case '-' -> sb.append(info.negativeSign());
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The precision of a standard format ("N2" -> 2, "N" -> -1), or null when the format is a custom one. */
    private static Integer standardPrecision(String format) {
        if (!Character.isLetter(format.charAt(0)) || format.charAt(0) > 127) {
            return null;
        }
        if (format.length() == 1) {
            return -1;
        }
        if (format.length() > 10) {
            return null;
        }
        for (int i = 1; i < format.length(); i++) {
            if (format.charAt(i) < '0' || format.charAt(i) > '9') {
                return null;
            }
        }
        int precision = Integer.parseInt(format.substring(1));
        if (precision > 999_999_999) {
            throw DotNetException.format("Precision specified exceeds the maximum of 999999999.");
        }
        return precision;
    }

    /** The exact decimal value of a number (a double's binary value exactly). */
    private static BigDecimal exact(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        } else if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(((Number) number).doubleValue());
        } else if (number instanceof BigInteger b) {
            return new BigDecimal(b);
        } else if (number instanceof Byte b) {
            return BigDecimal.valueOf(Byte.toUnsignedInt(b));
        } else if (number instanceof UInt64 u) {
            return new BigDecimal(u.bigValue());
        }
        return BigDecimal.valueOf(((Number) number).longValue());
    }

    private static BigInteger toBigInteger(Object number) {
        return exact(number).toBigInteger();
    }

    private static boolean isNegativeAfterRounding(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).signum() < 0;
    }

    /** F and N: a fixed number of decimals, with group separators for N. */
    private static String fixedPoint(BigDecimal value, int decimals, boolean groups) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        return (rounded.signum() < 0 ? "-" : "") + (groups ? group(integer) : integer) + fraction;
    }

    private static String group(String digits) {
        return group(digits, ",");
    }

    private static String group(String digits, String separator) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(separator).append(digits, i, i + 3);
        }
        return sb.toString();
    }

    /** E: one digit, {@code decimals} more, then the exponent with at least {@code exponentDigits} digits. */
    private static String scientific(BigDecimal value, int decimals, char e, int exponentDigits) {
        if (value.signum() == 0) {
            return "0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + e + "+" + "0".repeat(exponentDigits);
        }
        BigDecimal rounded = value.round(new MathContext(decimals + 1, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String digits = rounded.unscaledValue().abs().toString();
        digits = (digits + "0".repeat(decimals + 1)).substring(0, decimals + 1);
        StringBuilder sb = new StringBuilder(rounded.signum() < 0 ? "-" : "");
        sb.append(digits.charAt(0));
        if (decimals > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        return appendExponent(sb, e, exponent, exponentDigits, true).toString();
    }

    private static StringBuilder appendExponent(StringBuilder sb, char e, int exponent, int minDigits,
                                                boolean plusSign) {
        sb.append(e);
        if (exponent < 0) {
            sb.append('-');
        } else if (plusSign) {
            sb.append('+');
        }
        String abs = Integer.toString(Math.abs(exponent));
        return sb.append("0".repeat(Math.max(0, minDigits - abs.length()))).append(abs);
    }

    /**
     * G: {@code precision} significant digits (-1: the type's default, shortest round-trip for doubles),
     * in scientific notation when the exponent is at least the precision or -5 and below.
     */
    private static String general(Object number, int precision, char e) {
        if (number instanceof BigDecimal d && precision <= 0) {
            return d.toPlainString();
        }
        BigDecimal value;
        int threshold;
        if (number instanceof Double || number instanceof Float) {
            boolean single = number instanceof Float;
            if (precision <= 0) {
                value = new BigDecimal(single ? Float.toString((Float) number) : Double.toString((Double) number));
                threshold = single ? 7 : 15;
            } else {
                value = exact(number).round(new MathContext(precision, RoundingMode.HALF_UP));
                threshold = precision;
            }
        } else {
            value = exact(number);
            if (precision <= 0) {
                return value.toPlainString();
            }
            value = value.round(new MathContext(precision, RoundingMode.HALF_UP));
            threshold = precision;
        }
        if (value.signum() == 0) {
            return number instanceof Double d && 1 / d < 0 ? "-0" : "0";
        }
        return generalNotation(value.stripTrailingZeros(), threshold, e);
    }

    /** A number already rounded to its significant digits, written as .NET's G format writes it. */
    static String generalNotation(BigDecimal value, int threshold, char e) {
        return generalNotation(value.signum() < 0, value.unscaledValue().abs().toString(),
                value.precision() - value.scale() - 1, threshold, e);
    }

    /**
     * A double in G notation with at most {@code precision} (at most 15) significant digits, without
     * BigDecimal when that is exact, or null. Double.toString gives the shortest digits that read back
     * as the same double; when there are no more of them than the precision, they are also the double
     * rounded to that precision, because a normal double is within 1.2e-16 of them, relatively, and half
     * a unit in the 15th digit is more than 5e-16 of the number. Start-up is why: BigDecimal's JDK 25
     * class initialiser takes about 20 ms, and this is how most scripts print their first double.
     */
    static String shortestGeneralNotation(double d, int precision, char e) {
        if (Math.abs(d) < Double.MIN_NORMAL) {
            return null;
        }
        String s = Double.toString(Math.abs(d));
        int exponentAt = s.indexOf('E');
        String mantissa = exponentAt < 0 ? s : s.substring(0, exponentAt);
        int power = exponentAt < 0 ? 0 : Integer.parseInt(s, exponentAt + 1, s.length(), 10);
        int point = mantissa.indexOf('.');
        String digits = mantissa.substring(0, point) + mantissa.substring(point + 1);
        int first = 0;
        while (digits.charAt(first) == '0') {
            first++;
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        if (end - first > precision) {
            return null;
        }
        return generalNotation(d < 0, digits.substring(first, end), point - 1 - first + power, precision, e);
    }

    /**
     * G notation from the significant digits and the power of ten of the first of them: scientific from
     * the threshold up and below 1e-4, plain otherwise.
     */
    private static String generalNotation(boolean negative, String digits, int exponent, int threshold,
                                          char e) {
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        if (exponent >= threshold || exponent <= -5) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            return appendExponent(sb, e, exponent, 2, true).toString();
        }
        if (exponent < 0) {
            sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
        } else if (digits.length() <= exponent + 1) {
            sb.append(digits).append("0".repeat(exponent + 1 - digits.length()));
        } else {
            sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
        }
        return sb.toString();
    }

    private static String decimalDigits(BigInteger value, int minDigits) {
        String digits = value.abs().toString();
        if (minDigits > digits.length()) {
            digits = "0".repeat(minDigits - digits.length()) + digits;
        }
        return value.signum() < 0 ? "-" + digits : digits;
    }

    /** X: hexadecimal of the value's two's complement in its own width (int -1 is FFFFFFFF). */
    private static String hex(Object number, int minDigits, boolean lower) {
        String digits;
        if (number instanceof Integer i) {
            digits = Integer.toHexString(i);
        } else if (number instanceof Long l) {
            digits = Long.toHexString(l);
        } else if (number instanceof Short s) {
            digits = Integer.toHexString(s & 0xFFFF);
        } else if (number instanceof Byte b) {
            digits = Integer.toHexString(b & 0xFF);
        } else if (number instanceof UInt32 || number instanceof SByte || number instanceof UInt16) {
            digits = Integer.toHexString(((Number) number).intValue() & widthMask(number));
        } else if (number instanceof UInt64 u) {
            digits = Long.toHexString(u.longValue());
        } else {
            BigInteger b = (BigInteger) number;
            digits = b.toString(16);
            if (b.signum() >= 0 && !digits.isEmpty() && Character.digit(digits.charAt(0), 16) >= 8) {
                digits = "0" + digits;
            }
        }
        digits = lower ? digits : digits.toUpperCase(Locale.ROOT);
        return minDigits > digits.length() ? "0".repeat(minDigits - digits.length()) + digits : digits;
    }

    private static String binary(Object number, int minDigits) {
        String digits;
        if (number instanceof Integer i) {
            digits = Integer.toBinaryString(i);
        } else if (number instanceof Long l) {
            digits = Long.toBinaryString(l);
        } else if (number instanceof Short s) {
            digits = Integer.toBinaryString(s & 0xFFFF);
        } else if (number instanceof Byte b) {
            digits = Integer.toBinaryString(b & 0xFF);
        } else if (number instanceof UInt32 || number instanceof SByte || number instanceof UInt16) {
            digits = Integer.toBinaryString(((Number) number).intValue() & widthMask(number));
        } else if (number instanceof UInt64 u) {
            digits = Long.toBinaryString(u.longValue());
        } else {
            digits = ((BigInteger) number).toString(2);
        }
        return minDigits > digits.length() ? "0".repeat(minDigits - digits.length()) + digits : digits;
    }

    /** The bits of sbyte, ushort and uint as their int holds them. */
    private static int widthMask(Object number) {
        return number instanceof SByte ? 0xFF : number instanceof UInt16 ? 0xFFFF : -1;
    }

    // ---- custom formats ----

    private static String custom(Object number, String format, NumberFormatInfo info) {
        BigDecimal value = exact(number);
        if (number instanceof Double) {
            value = value.round(CUSTOM_DOUBLE);
        } else if (number instanceof Float) {
            value = value.round(CUSTOM_SINGLE);
        }
        String[] sections = splitSections(format);
        String section = sections[0];
        boolean useSectionSign = false;
        if (value.signum() < 0 && sections.length > 1 && !sections[1].isEmpty()) {
            section = sections[1];
            useSectionSign = true;
        } else if (value.signum() == 0 && sections.length > 2 && !sections[2].isEmpty()) {
            section = sections[2];
        }
        CustomFormat parsed = new CustomFormat(section, info);
        BigDecimal scaled = parsed.scale(value.abs());
        String result = parsed.apply(scaled);
        boolean negative = value.signum() < 0 && !useSectionSign && parsed.roundsToNonZero(scaled);
        return negative ? info.negativeSign() + result : result;
    }

    private static String[] splitSections(String format) {
        java.util.List<String> sections = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                current.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == '\\' && i + 1 < format.length()) {
                current.append(c).append(format.charAt(++i));
            } else if (c == ';' && sections.size() < 2) {
                sections.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        sections.add(current.toString());
        return sections.toArray(String[]::new);
    }

    /** One section of a custom numeric format, analysed as .NET does before it writes the digits. */
    private static final class CustomFormat {
        private final String format;
        private final NumberFormatInfo info;
        private int integerDigits;
        private int integerZeros;
        private int firstZero = -1;
        private int decimalDigits;
        private int decimalZeros;
        private boolean decimalPoint;
        private boolean grouping;
        private int scaleCommas;
        private int percent;
        private int permille;
        private boolean scientific;
        private int exponentZeros;
        private boolean exponentPlus;
        private char exponentChar;

        CustomFormat(String format, NumberFormatInfo info) {
            this.format = format;
            this.info = info;
            analyse();
        }

        private void analyse() {
            boolean seenPoint = false;
            int pendingCommas = 0;
            int digitCount = 0;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '0', '#' -> {
                        if (pendingCommas > 0 && !seenPoint && digitCount > 0) {
                            grouping = true;
                        }
                        pendingCommas = 0;
                        if (scientific) {
                            break;
                        }
                        if (seenPoint) {
                            decimalDigits++;
                            if (c == '0') {
                                decimalZeros = decimalDigits;
                            }
                        } else {
                            integerDigits++;
                            if (c == '0') {
                                if (firstZero < 0) {
                                    firstZero = integerDigits;
                                }
                            }
                        }
                        digitCount++;
                    }
                    case '.' -> {
                        if (!seenPoint) {
                            scaleCommas += pendingCommas;
                            pendingCommas = 0;
                            seenPoint = true;
                            decimalPoint = true;
                        }
                    }
                    case ',' -> {
                        if (!seenPoint && digitCount > 0) {
                            pendingCommas++;
                        }
                    }
                    case '%' -> percent++;
                    case '\u2030' -> permille++;
                    case 'E', 'e' -> {
                        int j = i + 1;
                        boolean plus = false;
                        if (j < format.length() && (format.charAt(j) == '+' || format.charAt(j) == '-')) {
                            plus = format.charAt(j) == '+';
                            j++;
                        }
                        int zeros = 0;
                        while (j < format.length() && format.charAt(j) == '0') {
                            zeros++;
                            j++;
                        }
                        if (zeros > 0 && !scientific) {
                            scientific = true;
                            exponentPlus = plus;
                            exponentZeros = zeros;
                            exponentChar = c;
                            i = j - 1;
                        }
                    }
                    case '\\' -> i++;
                    case '\'', '"' -> {
                        int end = format.indexOf(c, i + 1);
                        i = end < 0 ? format.length() : end;
                    }
                    default -> {
                    }
                }
            }
            if (!seenPoint) {
                scaleCommas += pendingCommas;
            }
            integerZeros = firstZero < 0 ? 0 : integerDigits - firstZero + 1;
        }

        BigDecimal scale(BigDecimal value) {
            return value.movePointRight(2 * percent + 3 * permille).movePointLeft(3 * scaleCommas);
        }

        boolean roundsToNonZero(BigDecimal scaled) {
            if (scientific) {
                return scaled.signum() != 0;
            }
            return scaled.setScale(decimalDigits, RoundingMode.HALF_UP).signum() != 0;
        }

        String apply(BigDecimal value) {
            String integerPart;
            String fractionPart;
            int exponent = 0;
            if (scientific) {
                int significant = Math.max(1, integerDigits) + decimalDigits;
                if (value.signum() != 0) {
                    BigDecimal rounded = value.round(new MathContext(significant, RoundingMode.HALF_UP));
                    exponent = rounded.precision() - rounded.scale() - Math.max(1, integerDigits);
                    value = rounded.movePointLeft(exponent);
                }
            }
            BigDecimal rounded = value.setScale(decimalDigits, RoundingMode.HALF_UP);
            String plain = rounded.toPlainString();
            int point = plain.indexOf('.');
            integerPart = point < 0 ? plain : plain.substring(0, point);
            fractionPart = point < 0 ? "" : plain.substring(point + 1);
            if (integerPart.equals("0")) {
                integerPart = "";
            }
            if (integerPart.length() < integerZeros) {
                integerPart = "0".repeat(integerZeros - integerPart.length()) + integerPart;
            }
            int keep = fractionPart.length();
            while (keep > decimalZeros && fractionPart.charAt(keep - 1) == '0') {
                keep--;
            }
            fractionPart = fractionPart.substring(0, keep);
            if (grouping && !integerPart.isEmpty()) {
                integerPart = group(integerPart, info.groupSeparator());
            }
            return write(integerPart, fractionPart, exponent);
        }

        /** Walks the format again, writing digits where the placeholders are and literals as they are. */
        private String write(String integerPart, String fractionPart, int exponent) {
            StringBuilder sb = new StringBuilder();
            boolean seenPoint = false;
            int integerPlaceholders = 0;
            int fractionIndex = 0;
            boolean integerWritten = false;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '0', '#' -> {
                        if (!seenPoint) {
                            integerPlaceholders++;
                            if (!integerWritten && integerPlaceholders == integerDigits) {
                                sb.append(integerPart);
                                integerWritten = true;
                            }
                        } else if (fractionIndex < fractionPart.length()) {
                            sb.append(fractionPart.charAt(fractionIndex++));
                        }
                    }
                    case '.' -> {
                        if (!seenPoint) {
                            if (!integerWritten) {
                                sb.append(integerPart);
                                integerWritten = true;
                            }
                            seenPoint = true;
                            if (!fractionPart.isEmpty()) {
                                sb.append(info.decimalSeparator());
                            }
                        }
                    }
                    case ',' -> {
                    }
                    case '%' -> sb.append(info.percentSymbol());
                    case '\u2030' -> sb.append(info.perMilleSymbol());
                    case 'E', 'e' -> {
                        int j = i + 1;
                        if (j < format.length() && (format.charAt(j) == '+' || format.charAt(j) == '-')) {
                            j++;
                        }
                        int zeros = 0;
                        while (j < format.length() && format.charAt(j) == '0') {
                            zeros++;
                            j++;
                        }
                        if (zeros > 0 && scientific) {
                            if (!integerWritten) {
                                sb.append(integerPart);
                                integerWritten = true;
                            }
                            appendExponent(sb, exponentChar, exponent, exponentZeros, exponentPlus);
                            i = j - 1;
                        } else {
                            sb.append(c);
                        }
                    }
                    case '\\' -> {
                        if (i + 1 < format.length()) {
                            sb.append(format.charAt(++i));
                        }
                    }
                    case '\'', '"' -> {
                        int end = format.indexOf(c, i + 1);
                        sb.append(format, i + 1, end < 0 ? format.length() : end);
                        i = end < 0 ? format.length() : end;
                    }
                    default -> sb.append(c);
                }
            }
            if (!integerWritten && integerDigits == 0 && !seenPoint) {
                sb.insert(0, integerPart);
            }
            return sb.toString();
        }
    }
}
