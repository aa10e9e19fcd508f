package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;

/** {@code ( pipeline )}: the value of the pipeline, as assignment would see it. */
public final class ParenExpressionNode extends ExpressionNode {
    @Child private StatementNode pipeline;

    public ParenExpressionNode(StatementNode pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return pipeline.executeValue(frame);
    }
}
