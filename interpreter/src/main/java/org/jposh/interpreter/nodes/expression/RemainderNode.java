package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.jposh.interpreter.runtime.Arithmetic;

/** {@code %}: the remainder, with the sign of the dividend. */
@TypeSystemReference(WideningTypes.class)
public abstract class RemainderNode extends BinaryNode {

    @Specialization
    protected int remainderInts(int left, int right) {
        return Arithmetic.remainder(left, right);
    }

    @Specialization
    protected long remainderLongs(long left, long right) {
        return Arithmetic.remainder(left, right);
    }

    @Specialization
    protected double remainderDoubles(double left, double right) {
        return left % right;
    }

    @Fallback
    protected Object remainderObjects(Object left, Object right) {
        return Arithmetic.remainder(left, right);
    }
}
