package org.jposh.interpreter.runtime;

/**
 * System.SByte, a signed 8-bit integer. Java's Byte already stands for .NET's unsigned byte (see
 * {@link CoreTypes}), so the signed one has a class of its own.
 */
public final class SByte extends Number implements Comparable<SByte> {
    private final byte value;

    private SByte(byte value) {
        this.value = value;
    }

    public static SByte valueOf(byte value) {
        return new SByte(value);
    }

    @Override
    public int intValue() {
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(SByte other) {
        return Byte.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SByte other && other.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return Byte.toString(value);
    }
}
