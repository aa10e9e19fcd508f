package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/** Unary {@code +}: converts its operand to a number. */
@NodeChild("operand")
public abstract class UnaryPlusNode extends ExpressionNode {

    @Specialization
    protected int plusInt(int value) {
        return value;
    }

    @Specialization
    protected long plusLong(long value) {
        return value;
    }

    @Specialization
    protected double plusDouble(double value) {
        return value;
    }

    @Fallback
    protected Object plusObject(Object value) {
        return LanguagePrimitives.toNumber(value);
    }
}
