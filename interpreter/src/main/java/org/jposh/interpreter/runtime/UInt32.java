package org.jposh.interpreter.runtime;

/** System.UInt32, an unsigned 32-bit integer: {@link #longValue()} is its value, {@link #intValue()} its bits. */
public final class UInt32 extends NarrowInteger {
    private UInt32(int bits) {
        super(Integer.toUnsignedLong(bits));
    }

    /** The value of the low 32 bits. */
    public static UInt32 valueOf(long bits) {
        return new UInt32((int) bits);
    }
}
