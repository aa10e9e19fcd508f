package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code -join}: the elements' strings joined with the separator (none for unary {@code -join}); a scalar is its string. */
public final class JoinOperator {
    private JoinOperator() {
    }

    @TruffleBoundary
    public static String join(Object left, Object separator) {
        return LanguagePrimitives.toStringValue(left, LanguagePrimitives.toStringValue(separator));
    }

    /** Unary {@code -join $a}. */
    public static String join(Object operand) {
        return join(operand, "");
    }
}
