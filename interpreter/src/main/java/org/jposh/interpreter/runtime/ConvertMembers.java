package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.CHAR;
import static org.jposh.interpreter.runtime.CoreTypes.DECIMAL;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT16;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.SINGLE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.TYPE;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Base64;
import java.util.HexFormat;

/**
 * System.Convert: ToInt32 and its kin from any value (null is the type's default, a string is parsed as the
 * type's Parse parses it, other values convert as casts do, rounding half to even), integers to and from
 * text in base 2, 8, 10 or 16 (two's complement outside base 10, as .NET writes and reads it), Base64 and
 * hexadecimal text of byte arrays, and ChangeType.
 */
final class ConvertMembers {
    static final DotNetType CONVERT = CoreTypes.define("System", "Convert", null, ConvertMembers::define);

    static {
        CoreTypes.register(CONVERT);
    }

    private ConvertMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        DotNetType bytes = BYTE.arrayType();
        toType(b, "ToBoolean", BOOLEAN);
        toType(b, "ToByte", BYTE);
        toType(b, "ToInt16", INT16);
        toType(b, "ToInt32", INT32);
        toType(b, "ToInt64", INT64);
        toType(b, "ToSingle", SINGLE);
        toType(b, "ToDouble", DOUBLE);
        toType(b, "ToDecimal", DECIMAL);
        b.staticMethod("ToChar", CHAR, (t, a) -> toChar(a[0]), param("value", OBJECT));
        b.staticMethod("ToString", STRING, (t, a) -> a[0] == null ? "" : LanguagePrimitives.dotNetToString(a[0]),
                param("value", OBJECT));
        fromBase(b, "ToByte", BYTE, 8);
        fromBase(b, "ToInt16", INT16, 16);
        fromBase(b, "ToInt32", INT32, 32);
        fromBase(b, "ToInt64", INT64, 64);
        toBase(b, BYTE, 8);
        toBase(b, INT16, 16);
        toBase(b, INT32, 32);
        toBase(b, INT64, 64);
        b.staticMethod("ToBase64String", STRING, (t, a) -> Base64.getEncoder().encodeToString(
                ByteArrays.argument(a[0], "inArray")), param("inArray", bytes));
        b.staticMethod("ToBase64String", STRING, (t, a) -> Base64.getEncoder().encodeToString(
                slice(ByteArrays.argument(a[0], "inArray"), (Integer) a[1], (Integer) a[2])),
                param("inArray", bytes), param("offset", INT32), param("length", INT32));
        b.staticMethod("FromBase64String", bytes, (t, a) -> fromBase64((String) a[0]), param("s", STRING));
        b.staticMethod("ToHexString", STRING, (t, a) -> HexFormat.of().withUpperCase().formatHex(
                ByteArrays.argument(a[0], "inArray")), param("inArray", bytes));
        b.staticMethod("FromHexString", bytes, (t, a) -> fromHex((String) a[0]), param("s", STRING));
        b.staticMethod("ChangeType", OBJECT, (t, a) -> {
            if (a[1] == null) {
                throw DotNetException.argumentNull("conversionType");
            }
            return LanguagePrimitives.convertTo(a[0], (DotNetType) a[1]);
        }, param("value", OBJECT), param("conversionType", TYPE));
    }

    /** {@code ToX(object)}: null is the type's default, text is parsed by the type's Parse, the rest converts. */
    private static void toType(TypeAdapter.Builder b, String name, DotNetType type) {
        b.staticMethod(name, type, (t, a) -> {
            Object value = PSObject.base(a[0]);
            if (value instanceof String s) {
                return type.adapter().staticMethod("Parse").call(null, new Object[] {s});
            }
            return LanguagePrimitives.convertTo(value, type);
        }, param("value", OBJECT));
    }

    private static Object toChar(Object argument) {
        Object value = PSObject.base(argument);
        if (value instanceof String s) {
            if (s.length() != 1) {
                throw DotNetException.format("String must be exactly one character long.");
            }
            return s.charAt(0);
        }
        return value == null ? (char) 0 : LanguagePrimitives.convertTo(value, CHAR);
    }

    /**
     * {@code ToInt32(string, fromBase)}: .NET's ParseNumbers. Outside base 10 the digits are the value's bits
     * (all of its width: {@code ffffffff} is -1), base 16 may start with 0x, and a sign is an error.
     */
    private static void fromBase(TypeAdapter.Builder b, String name, DotNetType type, int bits) {
        b.staticMethod(name, type, (t, a) -> {
            String s = (String) a[0];
            int base = (Integer) a[1];
            checkBase(base, "fromBase");
            if (s == null) {
                return LanguagePrimitives.convertTo(0, type);
            }
            return LanguagePrimitives.convertTo(parse(s, base, bits, type), type);
        }, param("value", STRING), param("fromBase", INT32));
    }

    private static long parse(String s, int base, int bits, DotNetType type) {
        if (s.isEmpty()) {
            throw DotNetException.argumentOutOfRange("startIndex", "Index was out of range. Must be non-negative and"
                    + " less than the size of the collection.");
        }
        String digits = s;
        boolean negative = false;
        if (digits.startsWith("-")) {
            if (base != 10) {
                throw DotNetException.argument("String cannot contain a minus sign if the base is not 10.", null);
            }
            negative = true;
            digits = digits.substring(1);
        } else if (base == 16 && (digits.startsWith("0x") || digits.startsWith("0X"))) {
            digits = digits.substring(2);
        }
        int end = 0;
        while (end < digits.length() && Character.digit(digits.charAt(end), base) >= 0) {
            end++;
        }
        if (end == 0) {
            throw DotNetException.format("Could not find any recognizable digits.");
        }
        if (end < digits.length()) {
            throw DotNetException.format("Additional non-parsable characters are at the end of the string.");
        }
        String overflow = "Value was either too large or too small for " + article(type) + " " + type.name() + ".";
        long value;
        try {
            value = Long.parseUnsignedLong(digits, base);
        } catch (NumberFormatException e) {
            throw DotNetException.overflow(overflow);
        }
        if (base == 10) {
            // a byte has no negative values; the signed types one more negative value than positive
            long max = bits == 8 ? 255 : (1L << (bits - 1)) - 1;
            long limit = !negative ? max : bits == 8 ? 0 : max + 1;
            if (Long.compareUnsigned(value, limit) > 0) {
                throw DotNetException.overflow(overflow);
            }
            return negative ? -value : value;
        }
        if (bits < 64 && Long.compareUnsigned(value, (1L << bits) - 1) > 0) {
            throw DotNetException.overflow(overflow);
        }
        // the digits are the value's two's complement bits: sign-extend from the type's width
        return bits == 8 || bits == 64 ? value : (value << (64 - bits)) >> (64 - bits);
    }

    private static String article(DotNetType type) {
        return type == INT16 || type == INT32 || type == INT64 ? "an" : "a";
    }

    /** {@code ToString(value, toBase)}: base 10 with a sign, the other bases the value's bits, in lower case. */
    private static void toBase(TypeAdapter.Builder b, DotNetType type, int bits) {
        b.staticMethod("ToString", STRING, (t, a) -> {
            int base = (Integer) a[1];
            checkBase(base, "toBase");
            long value = ((Number) a[0]).longValue();
            if (base == 10) {
                return Long.toString(bits == 8 ? value & 0xFF : value);
            }
            long unsigned = bits == 64 ? value : value & ((1L << bits) - 1);
            return Long.toUnsignedString(unsigned, base);
        }, param("value", type), param("toBase", INT32));
    }

    private static void checkBase(int base, String paramName) {
        if (base != 2 && base != 8 && base != 10 && base != 16) {
            throw DotNetException.argument("Invalid Base.", paramName);
        }
    }

    private static byte[] slice(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw DotNetException.argumentOutOfRange(offset < 0 ? "offset" : "length",
                    "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        return java.util.Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** .NET skips white space in Base64 text; any other character outside the alphabet is an error. */
    private static Byte[] fromBase64(String s) {
        if (s == null) {
            throw DotNetException.argumentNull("s");
        }
        try {
            return ByteArrays.box(Base64.getDecoder().decode(s.replaceAll("[ \\t\\r\\n]", "")));
        } catch (IllegalArgumentException e) {
            throw DotNetException.format("The input is not a valid Base-64 string as it contains a non-base 64"
                    + " character, more than two padding characters, or an illegal character among the padding"
                    + " characters.");
        }
    }

    private static Byte[] fromHex(String s) {
        if (s == null) {
            throw DotNetException.argumentNull("s");
        }
        if (s.length() % 2 != 0) {
            throw DotNetException.format("The input is not a valid hex string as its length is not a multiple of 2.");
        }
        try {
            return ByteArrays.box(HexFormat.of().parseHex(s));
        } catch (IllegalArgumentException e) {
            throw DotNetException.format("The input is not a valid hex string as it contains a non-hex character.");
        }
    }
}
