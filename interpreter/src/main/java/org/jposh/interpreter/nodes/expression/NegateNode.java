package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.Arithmetic;

/** Unary {@code -}. */
@NodeChild("operand")
public abstract class NegateNode extends ExpressionNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected int negateInt(int value) {
        return Math.negateExact(value);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long negateLong(long value) {
        return Math.negateExact(value);
    }

    @Specialization
    protected double negateDouble(double value) {
        return -value;
    }

    @Fallback
    protected Object negateObject(Object value) {
        return Arithmetic.negate(value);
    }
}
