package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.jposh.interpreter.runtime.Arithmetic;

/** {@code *}: numbers multiply (widening on overflow), strings and arrays repeat. */
@TypeSystemReference(WideningTypes.class)
public abstract class MultiplyNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected int multiplyInts(int left, int right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(replaces = "multiplyInts")
    protected Object multiplyIntsWidening(int left, int right) {
        return Arithmetic.multiply(left, right);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long multiplyLongs(long left, long right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(replaces = "multiplyLongs")
    protected Object multiplyLongsWidening(long left, long right) {
        return Arithmetic.multiply(left, right);
    }

    @Specialization
    protected double multiplyDoubles(double left, double right) {
        return left * right;
    }

    @Fallback
    protected Object multiplyObjects(Object left, Object right) {
        return Arithmetic.multiply(left, right);
    }
}
