package org.jposh.grammar;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.grammar.ast.UnsignedValue;

/**
 * The values of PowerShell number literals, typed as pwsh's tokenizer types them: without a suffix the smallest
 * of int, long, decimal, double that holds the value (hex and binary literals are int or long bit patterns);
 * suffixes {@code y uy s us l u ul n d} choose sbyte, byte, short, ushort, long, uint (or ulong), ulong,
 * BigInteger, decimal; multipliers {@code kb mb gb tb pb} scale by powers of 1024.
 */
public final class NumberLiteral {
    enum Format { DECIMAL, HEX, BINARY }

    enum Suffix { NONE, SIGNED_BYTE, UNSIGNED_BYTE, SHORT, UNSIGNED_SHORT, LONG, UNSIGNED, UNSIGNED_LONG, DECIMAL,
        BIG_INTEGER }

    /** What the scanner learnt about a literal besides its digits. */
    static final class Scan {
        Format format = Format.DECIMAL;
        Suffix suffix = Suffix.NONE;
        boolean real;
        long multiplier = 1;
        boolean exponentMissing;
    }

    private static final BigInteger DECIMAL_MAX = new BigInteger("79228162514264337593543950335");
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private NumberLiteral() {
    }

    /**
     * The value of {@code text} read as a number literal, as pwsh converts a string to a number
     * ({@code "0x1F"}, {@code "1kb"}, {@code "-5"}, {@code "1e3"}), or null when it is not one.
     */
    public static Object parse(String text) {
        Tokenizer tokenizer = new Tokenizer(new ScriptSource(null, text), text.toCharArray(), null, null);
        tokenizer.allowSignedNumbers = true;
        try {
            int kind = tokenizer.scan();
            return kind == PowerShellParser.NUMBER && tokenizer.end >= text.length() ? tokenizer.number : null;
        } catch (ParseException e) {
            return null;
        }
    }

    static Suffix suffixOf(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'u' -> Suffix.UNSIGNED;
            case 's' -> Suffix.SHORT;
            case 'l' -> Suffix.LONG;
            case 'd' -> Suffix.DECIMAL;
            case 'y' -> Suffix.SIGNED_BYTE;
            default -> Suffix.BIG_INTEGER;
        };
    }

    /** The suffix {@code u} followed by {@code c}, or null when the pair is not a suffix. */
    static Suffix unsignedSuffixOf(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'l' -> Suffix.UNSIGNED_LONG;
            case 's' -> Suffix.UNSIGNED_SHORT;
            case 'y' -> Suffix.UNSIGNED_BYTE;
            default -> null;
        };
    }

    static long multiplierOf(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1L << 50;
        };
    }

    /** The value of the scanned digits, or null when it does not fit its type (a BadNumericConstant). */
    static Object value(String digits, Scan scan) {
        try {
            return scan.real ? realValue(digits, scan) : integerValue(digits, scan);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Object realValue(String digits, Scan scan) {
        if (scan.suffix == Suffix.DECIMAL) {
            // Only decimals touch BigDecimal: its JDK 25 class initialiser costs a script ~20 ms.
            BigDecimal d = new BigDecimal(digits).multiply(BigDecimal.valueOf(scan.multiplier));
            return d.abs().compareTo(new BigDecimal(DECIMAL_MAX)) > 0 ? null : d;
        }
        double d = Double.parseDouble(digits) * scan.multiplier;
        if (scan.suffix == Suffix.NONE) {
            return d;
        }
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            return null;
        }
        // pwsh rounds a real literal with a type suffix to the nearest integer, halves to even (Math.Round)
        return typed(new BigDecimal(Math.rint(d)).toBigInteger(), scan.suffix, Format.DECIMAL);
    }

    private static Object integerValue(String digits, Scan scan) {
        long multiplier = scan.multiplier;
        BigInteger value;
        Suffix suffix = scan.suffix;
        switch (scan.format) {
            case HEX -> {
                if (!CharTraits.isHexDigit(digits.charAt(0))) {
                    if (digits.charAt(0) == '-') {
                        multiplier = -multiplier;
                    }
                    digits = digits.substring(1);
                }
                if (suffix != Suffix.UNSIGNED && suffix != Suffix.UNSIGNED_BYTE && suffix != Suffix.UNSIGNED_SHORT
                        && suffix != Suffix.UNSIGNED_LONG) {
                    // The scanner put a 0 before the digits; drop it when the digits fill the type, so the
                    // top bit is a sign bit: 0xFFFFFFFF is -1.
                    int expected = switch (suffix) {
                        case SIGNED_BYTE -> 2;
                        case SHORT -> 4;
                        case LONG -> 16;
                        default -> digits.length() < 16 ? 8 : 16;
                    };
                    if (digits.length() == expected + 1) {
                        digits = digits.substring(1);
                    }
                }
                value = twosComplement(new BigInteger(digits, 16), digits.length() * 4,
                        Character.digit(digits.charAt(0), 16) >= 8);
                if (digits.length() == 16 && (suffix == Suffix.NONE || suffix == Suffix.UNSIGNED)) {
                    suffix = suffix == Suffix.NONE ? Suffix.LONG : Suffix.UNSIGNED_LONG;
                }
            }
            case BINARY -> {
                if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
                    if (digits.charAt(0) == '-') {
                        multiplier = -multiplier;
                    }
                    digits = digits.substring(1);
                }
                boolean unsigned = suffix == Suffix.UNSIGNED || suffix == Suffix.UNSIGNED_BYTE
                        || suffix == Suffix.UNSIGNED_SHORT || suffix == Suffix.UNSIGNED_LONG || digits.charAt(0) == '0';
                int n = digits.length();
                boolean signBitLength = n == 8 || n == 16 || n == 32 || n == 64 || n == 96 || n >= 128;
                value = twosComplement(new BigInteger(digits, 2), n, !unsigned && signBitLength);
                if (n == 64 && (suffix == Suffix.NONE || suffix == Suffix.UNSIGNED)) {
                    suffix = suffix == Suffix.NONE ? Suffix.LONG : Suffix.UNSIGNED_LONG;
                }
            }
            default -> value = new BigInteger(digits.charAt(0) == '+' ? digits.substring(1) : digits);
        }
        return typed(value.multiply(BigInteger.valueOf(multiplier)), suffix, scan.format);
    }

    private static BigInteger twosComplement(BigInteger unsigned, int bits, boolean negative) {
        return negative ? unsigned.subtract(BigInteger.ONE.shiftLeft(bits)) : unsigned;
    }

    private static Object typed(BigInteger v, Suffix suffix, Format format) {
        return switch (suffix) {
            case SIGNED_BYTE -> fits(v, 8, true) ? (Object) v.byteValue() : null;
            case UNSIGNED_BYTE -> fits(v, 8, false) ? new UnsignedValue(UnsignedValue.Type.BYTE, v.longValue()) : null;
            case SHORT -> fits(v, 16, true) ? (Object) v.shortValue() : null;
            case UNSIGNED_SHORT -> fits(v, 16, false)
                    ? new UnsignedValue(UnsignedValue.Type.UINT16, v.longValue()) : null;
            case LONG -> fits(v, 64, true) ? (Object) v.longValue() : null;
            case UNSIGNED -> fits(v, 32, false) ? new UnsignedValue(UnsignedValue.Type.UINT32, v.longValue())
                    : fits(v, 64, false) ? new UnsignedValue(UnsignedValue.Type.UINT64, v.longValue()) : null;
            case UNSIGNED_LONG -> fits(v, 64, false) ? new UnsignedValue(UnsignedValue.Type.UINT64, v.longValue())
                    : null;
            case DECIMAL -> v.abs().compareTo(DECIMAL_MAX) <= 0 ? new BigDecimal(v) : null;
            case BIG_INTEGER -> v;
            case NONE -> {
                if (fits(v, 32, true)) {
                    yield v.intValue();
                }
                if (fits(v, 64, true)) {
                    yield v.longValue();
                }
                if (format != Format.DECIMAL) {
                    yield null;
                }
                yield v.abs().compareTo(DECIMAL_MAX) <= 0 ? new BigDecimal(v) : v.doubleValue();
            }
        };
    }

    private static boolean fits(BigInteger v, int bits, boolean signed) {
        if (signed) {
            return v.bitLength() < bits;
        }
        return v.signum() >= 0 && v.bitLength() <= bits && (bits < 64 || v.compareTo(TWO_64) < 0);
    }
}
