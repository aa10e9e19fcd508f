package org.jposh.interpreter.runtime;

/**
 * A .NET integer type Java has no box for (SByte, UInt16, UInt32): its exact value, which always fits
 * a long. Two are equal when they are of the same type and value, as .NET's Equals has it; {@link
 * #intValue()} is the value's low 32 bits, which for UInt32 are its bits.
 */
abstract class NarrowInteger extends Number implements Comparable<NarrowInteger> {
    private final long value;

    NarrowInteger(long value) {
        this.value = value;
    }

    @Override
    public final int intValue() {
        return (int) value;
    }

    @Override
    public final long longValue() {
        return value;
    }

    @Override
    public final float floatValue() {
        return value;
    }

    @Override
    public final double doubleValue() {
        return value;
    }

    @Override
    public final int compareTo(NarrowInteger other) {
        return Long.compare(value, other.value);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((NarrowInteger) o).value == value;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public final String toString() {
        return Long.toString(value);
    }
}
