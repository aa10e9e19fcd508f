package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import org.jposh.interpreter.runtime.Arithmetic;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/** {@code +}: numbers add (widening on overflow), strings concatenate, arrays append. */
@TypeSystemReference(WideningTypes.class)
public abstract class AddNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected int addInts(int left, int right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "addInts")
    protected Object addIntsWidening(int left, int right) {
        return Arithmetic.add(left, right);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long addLongs(long left, long right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "addLongs")
    protected Object addLongsWidening(long left, long right) {
        return Arithmetic.add(left, right);
    }

    @Specialization
    protected double addDoubles(double left, double right) {
        return left + right;
    }

    @Specialization
    @TruffleBoundary
    protected String concatenate(String left, Object right) {
        return left.concat(LanguagePrimitives.toStringValue(right));
    }

    @Fallback
    protected Object addObjects(Object left, Object right) {
        return Arithmetic.add(left, right);
    }
}
