package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.JoinOperator;

/** Unary {@code -join}: the operand's elements joined with no separator. */
@NodeChild("operand")
public abstract class UnaryJoinNode extends ExpressionNode {

    @Specialization
    protected String join(Object value) {
        return JoinOperator.join(value);
    }
}
