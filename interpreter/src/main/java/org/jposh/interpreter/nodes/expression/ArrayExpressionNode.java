package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.CollectingPipe;

/**
 * {@code @( statements )}: everything the statements output, always as a new {@code object[]}, even
 * when they output nothing or one object.
 */
public final class ArrayExpressionNode extends ExpressionNode {
    @Child private StatementNode statements;

    public ArrayExpressionNode(StatementNode statements) {
        this.statements = statements;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        CollectingPipe output = new CollectingPipe();
        statements.execute(frame, output);
        return output.toArray();
    }
}
