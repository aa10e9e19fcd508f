package org.jposh.interpreter.runtime;

import java.math.BigInteger;

/**
 * System.UInt64, an unsigned 64-bit integer held in a long's bits. Values above Long.MAX_VALUE have no
 * long: {@link #longValue()} gives the bits, so code that needs the value uses {@link #bigValue()} or
 * {@link #doubleValue()}.
 */
public final class UInt64 extends Number implements Comparable<UInt64> {
    private final long bits;

    private UInt64(long bits) {
        this.bits = bits;
    }

    public static UInt64 valueOf(long bits) {
        return new UInt64(bits);
    }

    /** Whether the value is a long's too (at most Long.MAX_VALUE). */
    public boolean fitsLong() {
        return bits >= 0;
    }

    public BigInteger bigValue() {
        BigInteger value = BigInteger.valueOf(bits);
        return bits < 0 ? value.add(BigInteger.ONE.shiftLeft(64)) : value;
    }

    @Override
    public int intValue() {
        return (int) bits;
    }

    @Override
    public long longValue() {
        return bits;
    }

    @Override
    public float floatValue() {
        return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
        // halve (keeping the low bit for rounding) so the value fits a long, then double back
        return bits >= 0 ? bits : (double) (bits >>> 1 | bits & 1) * 2.0;
    }

    @Override
    public int compareTo(UInt64 other) {
        return Long.compareUnsigned(bits, other.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt64 other && other.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}
