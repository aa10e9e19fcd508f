package org.jposh.interpreter.runtime;

/** System.UInt32, an unsigned 32-bit integer: {@link #longValue()} is its value, {@link #intValue()} its bits. */
public final class UInt32 extends Number implements Comparable<UInt32> {
    private final int bits;

    private UInt32(int bits) {
        this.bits = bits;
    }

    /** The value of the low 32 bits. */
    public static UInt32 valueOf(long bits) {
        return new UInt32((int) bits);
    }

    @Override
    public int intValue() {
        return bits;
    }

    @Override
    public long longValue() {
        return Integer.toUnsignedLong(bits);
    }

    @Override
    public float floatValue() {
        return longValue();
    }

    @Override
    public double doubleValue() {
        return longValue();
    }

    @Override
    public int compareTo(UInt32 other) {
        return Integer.compareUnsigned(bits, other.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt32 other && other.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(bits);
    }
}
