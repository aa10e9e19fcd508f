package org.jposh.interpreter.runtime;

/** System.UInt16, an unsigned 16-bit integer (0..65535). */
public final class UInt16 extends Number implements Comparable<UInt16> {
    private final char value;

    private UInt16(char value) {
        this.value = value;
    }

    /** The value of the low 16 bits. */
    public static UInt16 valueOf(long bits) {
        return new UInt16((char) bits);
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
    public int compareTo(UInt16 other) {
        return Character.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UInt16 other && other.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
