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
    private final boolean discardValue;

    public ExpressionStatementNode(ExpressionNode expression) {
        this(expression, false);
    }

    /** @param discardValue whether the statement outputs nothing, as {@code $i++} on its own does */
    public ExpressionStatementNode(ExpressionNode expression, boolean discardValue) {
        this.expression = expression;
        this.discardValue = discardValue;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        Object value = expression.executeGeneric(frame);
        if (!discardValue) {
            LanguagePrimitives.writeEnumerated(output, value);
        }
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        return expression.executeGeneric(frame);
    }
}
