package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.jposh.interpreter.runtime.Arithmetic;

/** {@code -}: numeric subtraction, widening on overflow; strings on either side are converted to numbers. */
@TypeSystemReference(WideningTypes.class)
public abstract class SubtractNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected int subtractInts(int left, int right) {
        return Math.subtractExact(left, right);
    }

    @Specialization(replaces = "subtractInts")
    protected Object subtractIntsWidening(int left, int right) {
        return Arithmetic.subtract(left, right);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long subtractLongs(long left, long right) {
        return Math.subtractExact(left, right);
    }

    @Specialization(replaces = "subtractLongs")
    protected Object subtractLongsWidening(long left, long right) {
        return Arithmetic.subtract(left, right);
    }

    @Specialization
    protected double subtractDoubles(double left, double right) {
        return left - right;
    }

    @Fallback
    protected Object subtractObjects(Object left, Object right) {
        return Arithmetic.subtract(left, right);
    }
}
