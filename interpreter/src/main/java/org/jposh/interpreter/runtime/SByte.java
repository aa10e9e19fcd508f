package org.jposh.interpreter.runtime;

/**
 * System.SByte, a signed 8-bit integer. Java's Byte already stands for .NET's unsigned byte (see
 * {@link CoreTypes}), so the signed one has a class of its own.
 */
public final class SByte extends NarrowInteger {
    private SByte(byte value) {
        super(value);
    }

    public static SByte valueOf(byte value) {
        return new SByte(value);
    }
}
