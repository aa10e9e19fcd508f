package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The types of the arithmetic operators, which let an int operand meet a long or a
 * double without leaving their specializations: PowerShell widens the narrower operand to the other's
 * type, and an int converts to either exactly. Every such node specializes (int, int) first and for
 * all ints, so two ints are never taken as longs (their sum must widen to double, not to long).
 */
@TypeSystem({int.class, long.class, double.class, boolean.class, String.class})
public abstract class WideningTypes {

    @ImplicitCast
    public static long intToLong(int value) {
        return value;
    }

    @ImplicitCast
    public static double intToDouble(int value) {
        return value;
    }
}
