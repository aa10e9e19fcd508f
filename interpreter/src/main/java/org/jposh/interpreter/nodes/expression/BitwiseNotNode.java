package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.BitwiseOperators;

/** {@code -bnot}. */
@NodeChild("operand")
public abstract class BitwiseNotNode extends ExpressionNode {

    @Specialization
    protected int notInt(int value) {
        return ~value;
    }

    @Fallback
    protected Object notObject(Object value) {
        return BitwiseOperators.not(value);
    }
}
