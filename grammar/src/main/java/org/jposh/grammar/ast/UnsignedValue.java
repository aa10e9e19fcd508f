package org.jposh.grammar.ast;

import java.math.BigInteger;

/**
 * The value of a number literal with an unsigned suffix ({@code 1uy}, {@code 1us}, {@code 1u}, {@code 1ul}), which
 * has no Java counterpart: its .NET type and the value's bits (for {@code ulong} read as unsigned).
 */
public record UnsignedValue(Type type, long bits) {
    /** The .NET type of the literal. */
    public enum Type {
        BYTE("byte"),
        UINT16("ushort"),
        UINT32("uint"),
        UINT64("ulong");

        private final String text;

        Type(String text) {
            this.text = text;
        }

        /** The type as PowerShell's accelerator spells it. */
        public String text() {
            return text;
        }
    }

    /** The value as a non-negative number. */
    public BigInteger value() {
        return type == Type.UINT64 && bits < 0 ? BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64))
                : BigInteger.valueOf(bits);
    }

    @Override
    public String toString() {
        return value().toString();
    }
}
