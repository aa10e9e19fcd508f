package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;

/**
 * {@code ( pipeline )} and {@code $( statements )}: the value of what runs inside, as assignment would
 * see it (nothing is $null, one object is itself, several are an array).
 */
public final class ParenExpressionNode extends ExpressionNode {
    @Child private StatementNode statements;

    public ParenExpressionNode(StatementNode statements) {
        this.statements = statements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return statements.executeValue(frame);
    }
}
