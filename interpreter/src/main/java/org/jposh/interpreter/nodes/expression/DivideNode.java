package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.jposh.interpreter.runtime.Arithmetic;

/** {@code /}: integers stay integers when the division is exact, otherwise the result is a double. */
@TypeSystemReference(WideningTypes.class)
public abstract class DivideNode extends BinaryNode {

    @Specialization
    protected Object divideInts(int left, int right) {
        return Arithmetic.divide(left, right);
    }

    @Specialization
    protected Object divideLongs(long left, long right) {
        return Arithmetic.divide(left, right);
    }

    @Specialization
    protected double divideDoubles(double left, double right) {
        return left / right;
    }

    @Fallback
    protected Object divideObjects(Object left, Object right) {
        return Arithmetic.divide(left, right);
    }
}
