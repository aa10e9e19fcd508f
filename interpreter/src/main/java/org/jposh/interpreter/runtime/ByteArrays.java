package org.jposh.interpreter.runtime;

/**
 * A .NET {@code byte[]} as scripts hold it (a {@code Byte[]}, whose elements are values like any other) and
 * as Java's I/O, encodings and codecs take it.
 */
public final class ByteArrays {
    private ByteArrays() {
    }

    public static Byte[] box(byte[] bytes) {
        Byte[] result = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            result[i] = bytes[i];
        }
        return result;
    }

    /** A {@code byte[]} argument of a .NET method, which may not be null (ArgumentNullException). */
    public static byte[] argument(Object array, String paramName) {
        if (array == null) {
            throw DotNetException.argumentNull(paramName);
        }
        return unbox((Byte[]) array);
    }

    public static byte[] unbox(Byte[] bytes) {
        byte[] result = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            result[i] = bytes[i];
        }
        return result;
    }
}
