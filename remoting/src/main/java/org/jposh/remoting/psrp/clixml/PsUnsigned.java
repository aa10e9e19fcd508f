package org.jposh.remoting.psrp.clixml;

/**
 * An unsigned .NET integer, which Java has no type for: {@code By} (Byte), {@code U16}, {@code U32}
 * or {@code U64}. {@link #value()} holds the number's bits; for 64 bits read it with
 * {@link Long#toUnsignedString(long)}.
 */
public record PsUnsigned(int bits, long value) {
    public PsUnsigned {
        if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
            throw new IllegalArgumentException("An unsigned integer has 8, 16, 32 or 64 bits, not " + bits);
        }
        if (bits < 64 && (value < 0 || value >= 1L << bits)) {
            throw new IllegalArgumentException(value + " does not fit an unsigned " + bits + "-bit integer");
        }
    }

    public static PsUnsigned ofByte(int value) {
        return new PsUnsigned(8, value);
    }

    public static PsUnsigned ofUInt16(int value) {
        return new PsUnsigned(16, value);
    }

    public static PsUnsigned ofUInt32(long value) {
        return new PsUnsigned(32, value);
    }

    public static PsUnsigned ofUInt64(long bits) {
        return new PsUnsigned(64, bits);
    }

    @Override
    public String toString() {
        return Long.toUnsignedString(value);
    }
}
