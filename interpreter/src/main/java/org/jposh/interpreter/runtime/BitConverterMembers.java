package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT16;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.INT64;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * System.BitConverter: the bytes of numbers in the machine's order (little-endian, as on every machine
 * .NET and JPosh run on), numbers back from bytes at an index, and ToString's hex pairs joined by dashes.
 */
final class BitConverterMembers {
    static final DotNetType TYPE = CoreTypes.define("System", "BitConverter", null, BitConverterMembers::define);

    static {
        CoreTypes.register(TYPE);
    }

    private BitConverterMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        DotNetType bytes = BYTE.arrayType();
        b.staticField("IsLittleEndian", BOOLEAN, () -> true);
        b.staticMethod("GetBytes", bytes, (t, a) -> of(1, buffer -> buffer.put((byte) ((Boolean) a[0] ? 1 : 0))),
                param("value", BOOLEAN));
        b.staticMethod("GetBytes", bytes, (t, a) -> of(2, buffer -> buffer.putShort((Short) a[0])), param("value", INT16));
        b.staticMethod("GetBytes", bytes, (t, a) -> of(4, buffer -> buffer.putInt((Integer) a[0])), param("value", INT32));
        b.staticMethod("GetBytes", bytes, (t, a) -> of(8, buffer -> buffer.putLong((Long) a[0])), param("value", INT64));
        b.staticMethod("GetBytes", bytes, (t, a) -> of(8, buffer -> buffer.putDouble((Double) a[0])),
                param("value", DOUBLE));
        b.staticMethod("ToInt16", INT16, (t, a) -> at(a, 2).getShort(), param("value", bytes), param("startIndex", INT32));
        b.staticMethod("ToInt32", INT32, (t, a) -> at(a, 4).getInt(), param("value", bytes), param("startIndex", INT32));
        b.staticMethod("ToInt64", INT64, (t, a) -> at(a, 8).getLong(), param("value", bytes), param("startIndex", INT32));
        b.staticMethod("ToDouble", DOUBLE, (t, a) -> at(a, 8).getDouble(), param("value", bytes),
                param("startIndex", INT32));
        b.staticMethod("ToBoolean", BOOLEAN, (t, a) -> at(a, 1).get() != 0, param("value", bytes),
                param("startIndex", INT32));
        b.staticMethod("ToString", STRING, (t, a) -> dashed(bytes(a[0]), 0, bytes(a[0]).length), param("value", bytes));
        b.staticMethod("ToString", STRING, (t, a) -> {
            byte[] value = bytes(a[0]);
            int start = (Integer) a[1];
            checkRange(value, start, value.length - start);
            return dashed(value, start, value.length - start);
        }, param("value", bytes), param("startIndex", INT32));
        b.staticMethod("ToString", STRING, (t, a) -> {
            byte[] value = bytes(a[0]);
            checkRange(value, (Integer) a[1], (Integer) a[2]);
            return dashed(value, (Integer) a[1], (Integer) a[2]);
        }, param("value", bytes), param("startIndex", INT32), param("length", INT32));
    }

    private static Byte[] of(int size, Function<ByteBuffer, ByteBuffer> writer) {
        return ByteArrays.box(writer.apply(ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN)).array());
    }

    /** The bytes from {@code startIndex} on, of which the number needs {@code size}. */
    private static ByteBuffer at(Object[] arguments, int size) {
        byte[] value = bytes(arguments[0]);
        int start = (Integer) arguments[1];
        if (start < 0 || start >= value.length) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        if (value.length - start < size) {
            throw DotNetException.argument("Destination array is not long enough to copy all the items in the"
                    + " collection. Check array index and length.", "value");
        }
        return ByteBuffer.wrap(value, start, size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] bytes(Object value) {
        return ByteArrays.argument(value, "value");
    }

    private static void checkRange(byte[] value, int start, int length) {
        if (start < 0 || (start >= value.length && start > 0)) {
            throw DotNetException.argumentOutOfRange("startIndex",
                    "Index was out of range. Must be non-negative and less than the size of the collection.");
        }
        if (length < 0 || start > value.length - length) {
            throw DotNetException.argument("Destination array is not long enough to copy all the items in the"
                    + " collection. Check array index and length.", "value");
        }
    }

    private static String dashed(byte[] value, int start, int length) {
        return HexFormat.ofDelimiter("-").withUpperCase().formatHex(value, start, start + length);
    }
}
