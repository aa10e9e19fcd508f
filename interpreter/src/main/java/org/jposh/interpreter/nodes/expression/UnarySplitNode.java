package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.SplitOperator;

/** Unary {@code -split}: the operand's strings split on runs of whitespace. */
@NodeChild("operand")
public abstract class UnarySplitNode extends ExpressionNode {

    @Specialization
    protected Object split(Object value) {
        return SplitOperator.split(value);
    }
}
