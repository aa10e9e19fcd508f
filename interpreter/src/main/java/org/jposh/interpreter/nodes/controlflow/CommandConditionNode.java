package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.ExpressionNode;

/**
 * A condition that runs commands ({@code if (Get-Item $p -ErrorAction Ignore)}): once it is evaluated,
 * $? is true again, as pwsh's compiler arranges, so that a command failing in a condition does not make
 * the statement look failed. The condition itself still sees $? as the commands left it.
 */
public final class CommandConditionNode extends ExpressionNode {
    @Child private ExpressionNode pipeline;

    public CommandConditionNode(ExpressionNode pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = pipeline.executeGeneric(frame);
        ScriptBlockRootNode.context(frame).markSucceeded();
        return value;
    }
}
