package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.ExpressionNode;

/** {@code $?}: whether the last statement succeeded, which the session tracks rather than a scope. */
public final class DollarQuestionNode extends ExpressionNode {
    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return ScriptBlockRootNode.context(frame).lastStatementSucceeded();
    }
}
