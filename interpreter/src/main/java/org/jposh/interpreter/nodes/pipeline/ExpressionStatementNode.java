package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;

/**
 * An expression used as a statement: its value is output, collections unrolled one level.
 * Assigned directly, the value is kept whole ({@code $b = $a} keeps the same array).
 */
public final class ExpressionStatementNode extends StatementNode {
    @Child private ExpressionNode expression;

    public ExpressionStatementNode(ExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        LanguagePrimitives.writeEnumerated(output, expression.executeGeneric(frame));
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        return expression.executeGeneric(frame);
    }
}
