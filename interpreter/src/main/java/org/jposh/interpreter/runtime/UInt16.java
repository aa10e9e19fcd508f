package org.jposh.interpreter.runtime;

/** System.UInt16, an unsigned 16-bit integer (0..65535). */
public final class UInt16 extends NarrowInteger {
    private UInt16(char value) {
        super(value);
    }

    /** The value of the low 16 bits. */
    public static UInt16 valueOf(long bits) {
        return new UInt16((char) bits);
    }
}
